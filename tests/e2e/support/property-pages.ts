import { expect, type Page } from "@playwright/test";
import type { OnshapeGrantPage } from "./pages";

// Page objects for editing part properties: the element page's editing bar and the import page.

export class EditingBar {
  constructor(private readonly page: Page) {}

  allowEditingButton() {
    return this.page.getByRole("button", { name: "Allow editing" });
  }

  importLink() {
    return this.page.getByRole("link", { name: "Import properties from CSV" });
  }

  notEditable() {
    return this.page.getByTestId("not-editable");
  }

  /** Re-grants with write in the local Onshape (which names the new scope) and comes back. */
  async allowEditing(grant: OnshapeGrantPage, userName: string) {
    const before = this.page.url();
    await this.allowEditingButton().click();
    await expect(this.page.getByTestId("new-scopes")).toContainText("OAuth2Write");
    await grant.allowAs(userName);
    await expect(this.page).toHaveURL(before);
    await expect(this.importLink()).toBeVisible();
  }
}

export class ImportPage {
  constructor(private readonly page: Page) {}

  goto(elementPath: string) {
    return this.page.goto(`${elementPath}/import`);
  }

  async preview(file: { name: string; buffer: Buffer; mimeType?: string }) {
    await this.page.getByLabel(/CSV file/).setInputFiles({ mimeType: "text/csv", ...file });
    await this.page.getByRole("button", { name: "Preview", exact: true }).click();
  }

  error() {
    return this.page.locator("[role=alert][data-error-kind]");
  }

  summary() {
    return this.page.getByTestId("preview-summary");
  }

  changes() {
    return this.page.getByRole("table", { name: "Changes" });
  }

  skipped() {
    return this.page.getByRole("table", { name: "Rows not written" });
  }

  applyButton() {
    return this.page.getByRole("button", { name: /^Apply \d+ change/ });
  }

  reportSummary() {
    return this.page.getByTestId("report-summary");
  }

  report() {
    return this.page.getByRole("table", { name: "Import report" });
  }

  previewAgain() {
    return this.page.getByRole("button", { name: "Preview again" });
  }

  notice() {
    return this.page.getByTestId("import-preview").getByRole("status");
  }
}
