import { expect, type Locator, type Page } from "@playwright/test";

// Page objects for /documents and the document and element views.

/** Every row of a table as the trimmed text of its cells (header rows included). */
export async function tableText(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...(element as HTMLTableElement).rows].map((row) =>
      [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, " ").trim()),
    ),
  );
}

export class DocumentsPage {
  constructor(private readonly page: Page) {}

  goto(query = "") {
    return this.page.goto(`/documents${query}`);
  }

  filter(label: "My documents" | "Shared with me" | "Recent") {
    return this.page.getByRole("radio", { name: label });
  }

  search() {
    return this.page.getByRole("searchbox", { name: "Search documents" });
  }

  table() {
    return this.page.getByRole("table", { name: "Documents" });
  }

  status() {
    return this.page.getByRole("region", { name: "Document list" }).getByRole("status");
  }

  /** Names in list order. */
  names() {
    return this.table().getByRole("rowheader");
  }

  async expectNames(names: string[]) {
    await expect(this.names()).toHaveText(names);
  }

  nextPage() {
    return this.page.getByRole("button", { name: "Next page" });
  }

  previousPage() {
    return this.page.getByRole("button", { name: "Previous page" });
  }

  /** The URL box's complaint about a pasted link. */
  linkProblem() {
    return this.page.locator("form [role=alert]");
  }

  async openLink(url: string) {
    await this.page.getByLabel("Open an Onshape link").fill(url);
    await this.page.getByRole("button", { name: "Open", exact: true }).click();
  }
}

export class DocumentView {
  constructor(private readonly page: Page) {}

  goto(path: string) {
    return this.page.goto(path);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  group(label: string) {
    return this.page.getByRole("region", { name: new RegExp(`^${label}`) });
  }

  switcher() {
    return this.page.getByLabel("Workspace or version");
  }

  async switchTo(optionLabel: string) {
    await this.switcher().selectOption({ label: optionLabel });
    await this.page.getByRole("button", { name: "Switch" }).click();
  }
}

export class ElementView {
  constructor(private readonly page: Page) {}

  goto(path: string) {
    return this.page.goto(path);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  partsTable() {
    return this.page.getByRole("table", { name: "Parts with mass properties" });
  }

  bomTable() {
    return this.page.getByRole("table", { name: "Bill of materials" });
  }

  units(label: "Metric" | "Imperial") {
    return this.page.getByRole("radio", { name: new RegExp(`^${label}`) });
  }

  bomView(label: "Indented" | "Flattened") {
    return this.page.getByRole("link", { name: new RegExp(`^${label}`) });
  }

  downloadCsv() {
    return this.page.getByRole("link", { name: "Download CSV" });
  }

  /** The in-place error of a panel, by AppError kind. */
  error(kind?: string) {
    const alerts = this.page.locator("[role=alert][data-error-kind]");
    return kind ? this.page.locator(`[role=alert][data-error-kind="${kind}"]`) : alerts;
  }

  notFound() {
    return this.page.getByRole("heading", { name: "Not found", level: 1 });
  }

  /** What the header says is shown: terms ("Version", "Configuration") and their values. */
  showing() {
    const list = this.page.getByLabel("Showing", { exact: true });
    return { terms: list.getByRole("term"), values: list.getByRole("definition") };
  }

  configurationForm() {
    return this.page.getByRole("form", { name: "Configuration" });
  }
}
