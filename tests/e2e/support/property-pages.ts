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

  /**
   * Re-grants with write and comes back. The local Onshape asks again, naming the new scope,
   * unless this user already granted it (grants outlive the emulator's reset, as in Onshape).
   */
  async allowEditing(grant: OnshapeGrantPage, userName: string, options = { expectAsked: false }) {
    const before = this.page.url();
    await this.allowEditingButton().click();
    const asked = this.page.getByTestId("new-scopes");
    await expect(asked.or(this.importLink())).toBeVisible();
    if (options.expectAsked || (await asked.isVisible())) {
      await expect(asked).toContainText("OAuth2Write");
      await grant.allowAs(userName);
    }
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

/** The parts table's cells in edit mode (components/properties/property-cell.tsx). */
export class PartsEditing {
  constructor(private readonly page: Page) {}

  row(partName: string) {
    return this.page
      .getByRole("table", { name: "Parts with mass properties" })
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: partName }) });
  }

  editButton(column: string, partName: string) {
    return this.page.getByRole("button", { name: `Edit ${column} of ${partName}`, exact: true });
  }

  input(column: string, partName: string) {
    return this.page.getByLabel(`${column} of ${partName}`, { exact: true });
  }

  saveButton() {
    return this.page.getByRole("button", { name: "Save", exact: true });
  }

  problem() {
    return this.page.locator("form [role=alert]");
  }

  saveError(kind: string) {
    return this.page.locator(`[data-save-error="${kind}"]`);
  }

  saving() {
    return this.page.getByText("Saving…");
  }

  /** A part's "All properties" dialog, opened. */
  async openProperties(partName: string) {
    await this.page
      .getByRole("button", { name: `Properties of ${partName}` })
      .first()
      .click();
    const dialog = this.page.getByRole("dialog", { name: `Properties of ${partName}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** A value with units: its number in the cell's input, its unit from the unit select. */
  async fillQuantity(column: string, partName: string, number: string, unit: string) {
    await this.input(column, partName).fill(number);
    await this.page.getByLabel(`Unit of ${column} of ${partName}`).selectOption(unit);
  }

  async edit(column: string, partName: string, value: string) {
    await this.editButton(column, partName).click();
    await this.input(column, partName).fill(value);
    await this.saveButton().click();
  }
}
