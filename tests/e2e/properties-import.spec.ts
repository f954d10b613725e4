import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { gearboxIds as g } from "../../emulator/seed";
import { propertyIds } from "../../emulator/seed/properties";
import { encodeCsv } from "../../lib/csv/encode";
import { parseCsv } from "./support/csv-parse";
import { emulator } from "./support/emulator-control";
import { EditingBar, ImportPage } from "./support/property-pages";
import { gearbox } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { ada, expect, test } from "./support/views-fixtures";

// Part properties from a spreadsheet against the local Onshape: read-only by default, "Allow
// editing" re-grants with OAuth2Write, preview before anything is written, a report per row.

test.use({ locale: "en-US", timezoneId: "UTC" });
// Sign-in, a re-grant and several writes per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

const studio = gearbox(g.partStudio);
const studioRef = { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio };

async function downloadPartsCsv(page: Page): Promise<string[][]> {
  await page.goto(studio);
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const bytes = await readFile((await file.path())!);
  return parseCsv(bytes.subarray(3).toString("utf8"));
}

const csvFile = (rows: string[][], name = "parts.csv") => ({
  name,
  buffer: Buffer.from(encodeCsv(rows), "utf8"),
});

/** Sets a cell by part id and column name, as someone editing in a spreadsheet would. */
function edit(rows: string[][], partId: string, column: string, value: string) {
  const header = rows[0]!;
  const row = rows.find((r) => r[header.indexOf("Part id")] === partId)!;
  row[header.indexOf(column)] = value;
}

async function partsNow() {
  const { parts } = await emulator.parts(studioRef);
  return Object.fromEntries(
    parts.map((p) => [p.partId, { name: p.name, partNumber: p.partNumber }]),
  );
}

async function withEditing(page: Page, grant: Parameters<EditingBar["allowEditing"]>[0]) {
  await page.goto(studio);
  await new EditingBar(page).allowEditing(grant, ada.name);
}

test.describe("a user who never granted write", () => {
  test.use({ signInUser: null });

  test("read-only by default: Allow editing re-grants with write and comes back; versions say why they cannot be edited", async ({
    page,
    grant,
    signInAs,
  }) => {
    // Onshape remembers grants: start from none, then sign in with the default (read) scopes.
    await emulator.revoke(ada.id);
    await signInAs(ada);
    await readOnlyThenAllowEditing(page, grant);
  });
});

async function readOnlyThenAllowEditing(
  page: Page,
  grant: Parameters<EditingBar["allowEditing"]>[0],
) {
  const bar = new EditingBar(page);
  await page.goto(`${studio}?type=partstudio`);
  await expect(bar.allowEditingButton()).toBeVisible();
  await expect(bar.importLink()).toHaveCount(0);

  await page.goto(gearbox(g.partStudio, "v", g.versionV1));
  await expect(bar.notEditable()).toContainText("Onshape keeps it exactly as it was");
  await expect(bar.allowEditingButton()).toHaveCount(0);
  await new ImportPage(page).goto(gearbox(g.partStudio, "v", g.versionV1));
  await expect(bar.notEditable()).toBeVisible();
  await expect(page.getByLabel(/CSV file/)).toHaveCount(0);

  await page.goto(`${studio}?type=partstudio`);
  await bar.allowEditing(grant, ada.name, { expectAsked: true });
  await expect(page).toHaveURL(new RegExp(`${studio}\\?type=partstudio$`));
  await expect(bar.allowEditingButton()).toHaveCount(0);
}

test("a CSV round trip (export, change four cells, one a length in another unit, import, preview, apply) writes exactly those four values, and again writes nothing", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const rows = await downloadPartsCsv(page);
  edit(rows, "JHD", "Part number", "GX-300-001");
  edit(rows, "JHL", "Name", "Lager Ø40");
  edit(rows, "JHT", "Part number", "GX-200-005");
  // The export has every editable property; a length is read in any unit, decimal comma too.
  expect(rows[0]).toContain("Zuschnittlänge");
  edit(rows, "JHH", "Zuschnittlänge", "0,25 m");
  await emulator.resetCounters();

  const importPage = new ImportPage(page);
  await importPage.goto(studio);
  await importPage.preview(csvFile(rows));
  await expect(importPage.summary()).toContainText("4 values in 4 parts will change");
  expect(await tableText(importPage.changes())).toEqual([
    ["Row", "Part", "Property", "Now in Onshape", "New"],
    ["2", "Gehäuse", "Part number", "GX-200-001", "GX-300-001"],
    ["3", "Welle Ø20", "Zuschnittlänge", "100 mm", "250 mm"],
    ["4", 'Lager "Ø40", Stahl', "Name", 'Lager "Ø40", Stahl', "Lager Ø40"],
    ["6", "Dichtung", "Part number", "(empty)", "GX-200-005"],
  ]);
  expect(await emulator.documentWrites()).toEqual({});

  await importPage.applyButton().click();
  await expect(importPage.reportSummary()).toHaveText(
    "Written: 4. Unchanged: 0. Failed: 0. Not written: 0.",
  );
  // One part first, then the other three in one batched call.
  expect(await emulator.documentWrites()).toEqual({ updateWVMetadata: 2 });
  const { parts: state } = await emulator.parts(studioRef);
  // Written in the part's own unit, as Onshape wrote it.
  expect(state.find((p) => p.partId === "JHH")?.customProperties?.[propertyIds.cutLength]).toBe(
    "250 mm",
  );
  const parts = await partsNow();
  expect(parts.JHD?.partNumber).toBe("GX-300-001");
  expect(parts.JHL?.name).toBe("Lager Ø40");
  expect(parts.JHT?.partNumber).toBe("GX-200-005");
  expect(parts.JHH).toEqual({ name: "Welle Ø20", partNumber: "GX-200-002" });

  // Everything that showed the old values is fresh on the next view.
  await page.goto(studio);
  await expect(page.getByRole("table", { name: "Parts with mass properties" })).toContainText(
    "GX-300-001",
  );

  await importPage.goto(studio);
  await importPage.preview(csvFile(rows));
  await expect(importPage.summary()).toContainText("Nothing to change");
  await expect(importPage.applyButton()).toHaveCount(0);
  expect(await emulator.documentWrites()).toEqual({ updateWVMetadata: 2 });
});

test("a 500 in the middle of the batch reports which rows were written, and a second apply finishes the rest", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const rows = await downloadPartsCsv(page);
  edit(rows, "JHD", "Part number", "A-1");
  edit(rows, "JHH", "Part number", "A-2");
  edit(rows, "JHL", "Part number", "A-3");
  await emulator.setFaults([
    // The first batched call (one part) works, the next (the other two) gets a 500.
    { target: "updateWVMetadata", kind: "status", status: 500, after: 1, remaining: 1 },
  ]);
  const importPage = new ImportPage(page);
  await importPage.goto(studio);
  await importPage.preview(csvFile(rows));
  await importPage.applyButton().click();
  await expect(importPage.reportSummary()).toHaveText(
    "Written: 1. Unchanged: 0. Failed: 2. Not written: 0.",
  );
  expect(await tableText(importPage.report())).toEqual([
    ["Row", "Part id", "Result"],
    ["2", "JHD", "Written"],
    ["3", "JHH", "Failed: Onshape answered 500. Try again."],
    ["4", "JHL", "Failed: Onshape answered 500. Try again."],
  ]);
  expect(Object.values(await partsNow()).map((p) => p.partNumber)).toEqual([
    "A-1",
    "GX-200-002",
    "GX-200-003",
    "GX-200-004",
    undefined,
  ]);

  await importPage.previewAgain().click();
  await expect(importPage.summary()).toContainText("2 values in 2 parts will change");
  await importPage.applyButton().click();
  await expect(importPage.reportSummary()).toHaveText(
    "Written: 2. Unchanged: 0. Failed: 0. Not written: 0.",
  );
  expect(Object.values(await partsNow()).map((p) => p.partNumber)).toEqual([
    "A-1",
    "A-2",
    "A-3",
    "GX-200-004",
    undefined,
  ]);
});

test("a change in Onshape between preview and apply is detected, not overwritten: nothing is written and the preview is shown again", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const rows = await downloadPartsCsv(page);
  edit(rows, "JHD", "Part number", "MINE-1");
  edit(rows, "JHH", "Part number", "MINE-2");
  const importPage = new ImportPage(page);
  await importPage.goto(studio);
  await importPage.preview(csvFile(rows));
  await expect(importPage.summary()).toContainText("2 values in 2 parts will change");
  await emulator.resetCounters();
  await emulator.editPart({
    documentId: g.document,
    workspaceId: g.workspace,
    elementId: g.partStudio,
    partId: "JHD",
    partNumber: "THEIRS-1",
  });

  await importPage.applyButton().click();
  await expect(importPage.notice()).toContainText(
    "The Part Studio changed in Onshape since the preview (rows 2). Nothing was written.",
  );
  expect(await emulator.documentWrites()).toEqual({});
  expect((await partsNow()).JHD?.partNumber).toBe("THEIRS-1");
  expect(await tableText(importPage.changes())).toEqual([
    ["Row", "Part", "Property", "Now in Onshape", "New"],
    ["2", "Gehäuse", "Part number", "THEIRS-1", "MINE-1"],
    ["3", "Welle Ø20", "Part number", "GX-200-002", "MINE-2"],
  ]);
});

test("bad files are refused with a clear error and nothing is written; Excel's semicolons, LF and no BOM are fine", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const rows = await downloadPartsCsv(page);
  await emulator.resetCounters();
  const importPage = new ImportPage(page);
  await importPage.goto(studio);
  const refused = async (file: { name: string; buffer: Buffer }, message: RegExp) => {
    await importPage.preview(file);
    await expect(importPage.error()).toContainText(message);
    await expect(importPage.applyButton()).toHaveCount(0);
  };
  await refused(
    { name: "parts.xlsx", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08]) },
    /not a CSV/,
  );
  await refused(
    csvFile([
      ["Name", "Part number"],
      ["Gehäuse", "X-1"],
    ]),
    /no Part id and Element id column/,
  );
  const other = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, -1), "e0e000000000000000000999"]));
  await refused(csvFile(other), /parts CSV of another element/);
  await refused(
    {
      name: "big.csv",
      buffer: Buffer.concat([Buffer.from(encodeCsv(rows)), Buffer.alloc(5 * 1024 * 1024, 0x20)]),
    },
    /larger than 5 MB/,
  );
  const many = [
    rows[0]!,
    ...Array.from({ length: 10_001 }, (_, i) => [
      "x",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      `P${i}`,
      g.partStudio,
    ]),
  ];
  await refused(csvFile(many), /more than 10,000 rows/);
  expect(await emulator.documentWrites()).toEqual({});

  // As Excel in a German locale saves it: semicolons, and here LF line ends and no BOM.
  edit(rows, "JHP", "Part number", "GX-400-004");
  const quoted = (c: string) => (/[;"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const edited = rows.map((r) => r.map(quoted).join(";"));
  await importPage.preview({ name: "excel.csv", buffer: Buffer.from(edited.join("\n"), "utf8") });
  expect(await tableText(importPage.changes())).toEqual([
    ["Row", "Part", "Property", "Now in Onshape", "New"],
    ["5", "Zahnrad Ü-Klasse", "Part number", "GX-200-004", "GX-400-004"],
  ]);
});

test("cross-site POSTs to the write routes are refused and write nothing", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  await emulator.resetCounters();
  const api = `/api/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}/properties`;
  const evil = { origin: "http://evil.example", "sec-fetch-site": "cross-site" };
  const write = await page.request.post(api, {
    headers: evil,
    data: { partId: "JHD", changes: [{ propertyId: "x", seen: "GX-200-001", value: "EVIL" }] },
  });
  expect(write.status()).toBe(403);
  const apply = await page.request.post(`${api}/import/apply`, {
    headers: evil,
    data: {
      rows: [{ row: 2, partId: "JHD", changes: [{ propertyId: "x", seen: "a", value: "b" }] }],
    },
  });
  expect(apply.status()).toBe(403);
  const preview = await page.request.post(`${api}/import/preview`, {
    headers: evil,
    multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Part id\n") } },
  });
  expect(preview.status()).toBe(403);
  expect(await emulator.documentWrites()).toEqual({});
  expect((await partsNow()).JHD?.partNumber).toBe("GX-200-001");
});

test("a file chosen before the page's script ran is taken up once it runs (regression: Preview stayed disabled)", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const rows = await downloadPartsCsv(page);
  edit(rows, "JHD", "Part number", "GX-300-001");
  // Holds the page's scripts back until the file is in the field, as on a slow connection.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  const importPage = new ImportPage(page);
  await page.goto(`${studio}/import`, { waitUntil: "domcontentloaded" });
  await page.getByLabel(/CSV file/).setInputFiles({ mimeType: "text/csv", ...csvFile(rows) });
  release();
  const previewButton = page.getByRole("button", { name: "Preview", exact: true });
  await expect(previewButton).toBeEnabled();
  await previewButton.click();
  await expect(importPage.summary()).toContainText("1 value in 1 part will change");
});
