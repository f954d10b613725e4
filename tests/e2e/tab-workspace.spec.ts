import { readFile } from "node:fs/promises";
import type { Download, FrameLocator, Page } from "@playwright/test";
import { gearboxIds as g } from "../../emulator/seed";
import { seededUsers } from "../../emulator/users";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";
import { launchWithCookieSettings, refuseCookiesInside } from "./support/cookie-settings";
import { parseCsv } from "./support/csv-parse";
import { fillerTab, gearboxTab, TabHostPage, type TabIds } from "./support/tab-host";
import { tableText } from "./support/views-pages";
import { metricParts } from "./support/seed-tables";

// The element tab as a workspace: names instead of ids, a Part Studio's masses and an
// assembly's BOM inside the iframe (no new window, no second sign-in), in the default
// browser and where the session lives only in the tab's memory; what a tab shows is
// remembered for the document and that tab, for everyone who opens it.
//
// Each test uses a tab of its own (the tab's elementId), so what one remembers does not
// change what another (or another spec's tab) starts with.

test.use({ locale: "en-US", timezoneId: "UTC" });

const ada = seededUsers[0]!;
const grace = seededUsers[1]!;
const tabAt = (elementId: string, versionId?: string): TabIds => ({
  ...gearboxTab,
  elementId,
  ...(versionId ? { versionId } : {}),
});

const flattenedBom = [
  ["Gehäuse", "1"],
  ["Welle Ø20", "2"],
  ['Lager "Ø40", Stahl', "4"],
  ["Zahnrad Ü-Klasse", "2"],
  ["Dichtung", "4"],
];

const partsTable = (tab: FrameLocator) =>
  tab.getByRole("table", { name: "Parts with mass properties" });
const bomTable = (tab: FrameLocator) => tab.getByRole("table", { name: "Bill of materials" });

async function signInHere(host: TabHostPage, user = ada) {
  await host.tab().getByRole("button", { name: "Grant access", exact: true }).click();
  await TabHostPage.allow(host.tab(), user.name);
  await expect(host.tab().getByTestId("onshape-user-name")).toHaveText(user.name);
}

async function download(page: Page, click: () => Promise<void>) {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), rows: parseCsv(bytes.subarray(3).toString("utf8")) };
}

/** No text in the tab that looks like an Onshape id. */
async function expectNoIds(tab: FrameLocator) {
  const text = await tab.locator("body").innerText();
  expect(text).not.toMatch(/[0-9a-f]{24}/);
}

test("the tab names the document, workspace and user, and shows masses and the BOM inside the iframe", async ({
  page,
  context,
}) => {
  const opened: string[] = [];
  context.on("page", (p) => opened.push(p.url()));
  const host = new TabHostPage(page);
  await host.goto(tabAt(g.blob));
  await signInHere(host);
  const tab = host.tab();
  const tabUrl = (await host.tabFrame()).url();

  await expect(tab.getByTestId("tab-document-name")).toHaveText("Getriebe GX-200");
  await expect(tab.getByTestId("tab-snapshot-name")).toHaveText("Main");
  await expect(tab.getByRole("button", { name: "Wellenbaugruppe" })).toBeVisible();
  await expectNoIds(tab);

  await tab.getByRole("button", { name: "Gehäuse & Wellen" }).click();
  await expect(tab.getByRole("heading", { name: /Gehäuse & Wellen/ })).toBeVisible();
  expect((await tableText(partsTable(tab))).slice(2, 7)).toEqual(metricParts);
  await expectNoIds(tab);

  const parts = await download(page, () => tab.getByRole("link", { name: "Download CSV" }).click());
  expect(parts.name).toBe("Gehäuse & Wellen - parts.csv");
  expect(parts.rows.slice(1, 6).map((row) => row[0])).toEqual(metricParts.map((row) => row[0]));

  await tab.getByRole("button", { name: "← All elements of this document" }).click();
  await tab.getByRole("button", { name: "Getriebe GX-200" }).click();
  await expect(bomTable(tab)).toBeVisible();
  await expect(bomTable(tab).locator("tbody tr[data-level='1']")).toHaveCount(3);
  await tab.getByRole("button", { name: "Flattened (parts only)" }).click();
  await expect(tab.getByRole("button", { name: "Flattened (parts only)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect
    .poll(async () => (await tableText(bomTable(tab))).slice(1, -1).map((row) => [row[4], row[1]]))
    .toEqual(flattenedBom);

  // Everything happened in the iframe, at the URL Onshape opened it with.
  expect((await host.tabFrame()).url()).toBe(tabUrl);
  expect(opened).toEqual([]);

  // The tab remembers what it shows: after a reload…
  await page.reload();
  await expect(bomTable(host.tab())).toBeVisible();
  await expect(host.tab().getByRole("heading", { name: /Getriebe GX-200/ })).toBeVisible();
});

test("a colleague who opens the same tab sees the element it shows", async ({ page, browser }) => {
  const host = new TabHostPage(page);
  await host.goto(tabAt(g.shaftAssembly));
  await signInHere(host);
  await host.tab().getByRole("button", { name: "Gehäuse & Wellen" }).click();
  await expect(partsTable(host.tab())).toBeVisible();

  const other = await browser.newContext({ locale: "en-US" });
  try {
    const colleague = new TabHostPage(await other.newPage());
    await colleague.goto(tabAt(g.shaftAssembly));
    await signInHere(colleague, grace);
    expect((await tableText(partsTable(colleague.tab()))).slice(2, 7)).toEqual(metricParts);
  } finally {
    await other.close();
  }
});

test("a tab opened at a version shows the remembered element at that version", async ({ page }) => {
  const host = new TabHostPage(page);
  await host.goto(tabAt(g.topAssembly));
  await signInHere(host);
  await host.tab().getByRole("button", { name: "Gehäuse & Wellen" }).click();
  await expect(partsTable(host.tab())).toBeVisible();

  await host.goto(tabAt(g.topAssembly, g.versionV1));
  const tab = host.tab();
  await expect(tab.getByTestId("tab-snapshot-name")).toHaveText("V1");
  // V1: the housing was still steel, and there was no gear.
  const rows = (await tableText(partsTable(tab))).slice(2, -1);
  expect(rows.map((row) => [row[0], row[3]])).toEqual([
    ["Gehäuse", "Steel"],
    ["Welle Ø20", "Steel"],
    ['Lager "Ø40", Stahl', "Steel"],
    ["Dichtung", "No material"],
  ]);
});

test("where the tab's session lives only in its memory, moving inside the tab keeps it", async ({}, testInfo) => {
  const { context, close } = await launchWithCookieSettings(
    testInfo,
    refuseCookiesInside(appUrl, emulatorUrl),
  );
  try {
    const page = await context.newPage();
    const host = new TabHostPage(page);
    await host.goto(tabAt(g.drawing));
    const tab = host.tab();
    const opened = context.waitForEvent("page");
    await tab.getByRole("button", { name: "Grant access (opens a window)" }).click();
    const popup = await opened;
    await popup.getByRole("button", { name: "Sign in with Onshape" }).click();
    await TabHostPage.allow(popup, ada.name);
    // The ticket is issued only after the user's click; the window then closes at once.
    const closed = popup.waitForEvent("close");
    await popup.getByRole("button", { name: "Continue in the Onshape tab" }).click();
    await closed;
    await tab.getByRole("button", { name: "Continue" }).click();
    await expect(tab.getByTestId("memory-session")).toBeVisible();
    const pagesBefore = context.pages().length;
    // Thumbnails come with the session in a header too.
    const thumbnail = tab.getByTestId("elements").locator("img").first();
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    await tab.getByRole("button", { name: "Gehäuse & Wellen" }).click();
    expect((await tableText(partsTable(tab))).slice(2, 7)).toEqual(metricParts);
    await expect(tab.getByTestId("memory-session")).toBeVisible();
    // No cookie to carry the session: the download sends it in a header.
    const parts = await download(page, () =>
      tab.getByRole("link", { name: "Download CSV" }).click(),
    );
    expect(parts.rows[1]?.[0]).toBe("Gehäuse");

    await tab.getByRole("button", { name: "← All elements of this document" }).click();
    await tab.getByRole("button", { name: "Getriebe GX-200" }).click();
    await expect(bomTable(tab).locator("tbody tr[data-level='1']")).toHaveCount(3);
    expect(context.pages().length).toBe(pagesBefore);
  } finally {
    await close();
  }
});

test("Onshape's picker opens an element of another document in the tab", async ({ page }) => {
  const host = new TabHostPage(page);
  await host.goto(tabAt(g.unbuiltBomAssembly));
  await signInHere(host);
  const tab = host.tab();
  await tab.getByRole("button", { name: "Choose a Part Studio or assembly…" }).click();
  const dialog = page.getByTestId("select-item-dialog");
  await expect(dialog).toBeVisible();
  const other = fillerTab(27);
  await dialog.getByTestId(`pick-${other.documentId}-w-${other.elementId}`).click();

  await expect(tab.getByTestId("tab-element")).toContainText("Part Studio 1");
  await expect(tab.getByTestId("tab-element")).toContainText("· in ");
  await expect(partsTable(tab)).toBeVisible();
  // Remembered, too: the tab of this document now shows the other document's Part Studio.
  await page.reload();
  await expect(partsTable(host.tab())).toBeVisible();
  await expect(host.tab().getByTestId("tab-element")).toContainText("Part Studio 1");
});
