import { readFile } from "node:fs/promises";
import { gearboxIds as g } from "../../emulator/seed";
import { parseCsv } from "./support/csv-parse";
import { gearbox } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { expect, test } from "./support/views-fixtures";
import type { Download, Locator, Page } from "@playwright/test";
import { metricParts } from "./support/seed-tables";

// The element page against the seeded gearbox (emulator/seed/index.ts): exact values in the
// tables, and CSV downloads that parse back to the same values.

test.use({ locale: "en-US", timezoneId: "UTC" });

const partsHeader = [
  [
    "Name",
    "Part number",
    "Revision",
    "Material",
    "Mass (kg)",
    "Volume (cm³)",
    "Surface area (cm²)",
    "Density (kg/m³)",
    "Centre of mass (mm)",
    "Principal moments of inertia (kg·mm²)",
  ],
  ["X", "Y", "Z", "I1", "I2", "I3"],
];
const metricTotal = [
  "Total (5 parts) Mass leaves out 1 part without material",
  "1.5510",
  "462.00",
  "1,417.00",
  "",
  "-1.52",
  "0.00",
  "40.00",
  "",
];

async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  return { name: file.suggestedFilename(), text: bytes.subarray(3).toString("utf8") };
}

test("a Part Studio shows each part's exact mass properties, totals and units", async ({
  elementView,
  expectNoAxeViolations,
}) => {
  await elementView.goto(gearbox(g.partStudio));
  await expect(elementView.heading()).toHaveText("Gehäuse & Wellen");
  const table = elementView.partsTable();
  await expect(table).toBeVisible();
  expect(await tableText(table)).toEqual([...partsHeader, ...metricParts, metricTotal]);
  await expectNoAxeViolations();

  await elementView.units("Imperial").check();
  await expect(table.getByRole("columnheader", { name: "Mass (lb)" })).toBeVisible();
  const imperial = await tableText(table);
  expect(imperial[2]).toEqual([
    "Gehäuse",
    "GX-200-001",
    "B",
    "Aluminum - 6061",
    "2.3810",
    "24.409",
    "173.600",
    "0.0975",
    "0.0000",
    "0.0000",
    "1.5748",
    "6.3969",
    "14.2701",
    "16.7305",
  ]);
  expect(imperial[6]?.[4]).toBe("No material");
  expect(imperial[7]?.slice(1)).toEqual([
    "3.4194",
    "28.193",
    "219.635",
    "",
    "-0.0598",
    "0.0000",
    "1.5748",
    "",
  ]);
});

test("a version shows that version's parts (V1: steel housing, no gear)", async ({
  elementView,
}) => {
  await elementView.goto(gearbox(g.partStudio, "v", g.versionV1));
  const rows = await tableText(elementView.partsTable());
  expect(rows.slice(2, 6).map((row) => [row[0], row[3], row[4]])).toEqual([
    ["Gehäuse", "Steel", "3.1400"],
    ["Welle Ø20", "Steel", "0.2355"],
    ['Lager "Ø40", Stahl', "Steel", "0.0785"],
    ["Dichtung", "No material", "No material"],
  ]);
  expect(rows[6]?.[1]).toBe("3.4540");
});

test("the parts CSV parses back to the table's values, names with commas, quotes and Ü", async ({
  page,
  elementView,
}) => {
  await elementView.goto(gearbox(g.partStudio));
  const metric = await download(page, elementView.downloadCsv());
  expect(metric.name).toBe("Gehäuse & Wellen - parts.csv");
  expect(metric.text).toMatch(/\r\n$/);
  const rows = parseCsv(metric.text);
  expect(rows[0]).toEqual([
    "Name",
    "Part number",
    "Revision",
    "Material",
    "Mass (kg)",
    "Volume (cm³)",
    "Surface area (cm²)",
    "Centre of mass X (mm)",
    "Centre of mass Y (mm)",
    "Centre of mass Z (mm)",
    "Density (kg/m³)",
    "Principal moment I1 (kg·mm²)",
    "Principal moment I2 (kg·mm²)",
    "Principal moment I3 (kg·mm²)",
    "Part id",
    "Element id",
  ]);
  const e = g.partStudio;
  expect(rows.slice(1)).toEqual([
    [
      "Gehäuse",
      "GX-200-001",
      "B",
      "Aluminum - 6061",
      "1.0800",
      "400.00",
      "1120.00",
      "0.00",
      "0.00",
      "40.00",
      "2700",
      "1872.00",
      "4176.00",
      "4896.00",
      "JHD",
      e,
    ],
    [
      "Welle Ø20",
      "GX-200-002",
      "—",
      "Steel",
      "0.2355",
      "30.00",
      "126.00",
      "0.00",
      "0.00",
      "40.00",
      "7850",
      "15.70",
      "184.97",
      "184.97",
      "JHH",
      e,
    ],
    [
      'Lager "Ø40", Stahl',
      "GX-200-003",
      "—",
      "Steel",
      "0.0785",
      "10.00",
      "52.00",
      "30.00",
      "0.00",
      "40.00",
      "7850",
      "11.41",
      "11.41",
      "20.93",
      "JHL",
      e,
    ],
    [
      "Zahnrad Ü-Klasse",
      "GX-200-004",
      "—",
      "Steel",
      "0.1570",
      "20.00",
      "88.00",
      "-30.00",
      "0.00",
      "40.00",
      "7850",
      "50.04",
      "50.04",
      "94.20",
      "JHP",
      e,
    ],
    [
      "Dichtung",
      "—",
      "—",
      "No material",
      "No material",
      "2.00",
      "31.00",
      "0.00",
      "0.00",
      "0.00",
      "No material",
      "No material",
      "No material",
      "No material",
      "JHT",
      e,
    ],
  ]);

  await elementView.units("Imperial").check();
  const imperial = parseCsv((await download(page, elementView.downloadCsv())).text);
  expect(imperial[0]?.[4]).toBe("Mass (lb)");
  // The table's decimals, not 12 digits.
  expect(imperial[1]?.[4]).toBe("2.3810");
  expect(imperial[4]?.[9]).toBe("1.5748");
});

// Onshape's columns, the total quantity beside its per-parent Quantity, and each row's mass.
const bomHeader = [
  "Item",
  "Quantity",
  "Total quantity",
  "Part number",
  "Name",
  "Description",
  "Material",
  "Mass each (kg)",
];
const indentedBom = [
  ["1", "1", "1", "GX-200-001", "Gehäuse", "Druckguss", "Aluminum - 6061", "1.0800"],
  ["2", "2", "2", "GX-200-100", "Wellenbaugruppe", "Welle mit Lagern und Zahnrad", "—", "0.5495"],
  ["2.1", "1", "2", "GX-200-002", "Welle Ø20", "—", "Steel", "0.2355"],
  ["2.2", "2", "4", "GX-200-003", 'Lager "Ø40", Stahl', "Rillenkugellager 6004", "Steel", "0.0785"],
  ["2.3", "1", "2", "GX-200-004", "Zahnrad Ü-Klasse", "Modul 1,5; 38 Zähne", "Steel", "0.1570"],
  ["3", "4", "4", "—", "Dichtung", "—", "—", "No material"],
];
// On the page the sub-assembly's name carries its marker; the table ends with the total.
const indentedBomOnPage = indentedBom.map((row) =>
  row[4] === "Wellenbaugruppe" ? row.with(4, "Wellenbaugruppe (sub-assembly)") : row,
);
const bomTotal = ["Total mass leaves out 4 parts without material", "2.1790"];

test("an assembly shows its multi-level BOM, indented and flattened, with Onshape's columns", async ({
  page,
  elementView,
  expectNoAxeViolations,
}) => {
  await elementView.goto(gearbox(g.topAssembly));
  await expect(elementView.heading()).toHaveText("Getriebe GX-200");
  const table = elementView.bomTable();
  expect(await tableText(table)).toEqual([bomHeader, ...indentedBomOnPage, bomTotal]);
  await expect(table.locator("tbody tr[data-level='1']")).toHaveCount(3);
  await expectNoAxeViolations();

  await elementView.bomView("Flattened").click();
  await expect(page).toHaveURL(/\?type=assembly&bom=flattened$/);
  await expect(elementView.bomView("Flattened")).toHaveAttribute("aria-current", "page");
  const flattened = await tableText(table);
  expect(flattened.slice(1, -1).map((row) => [row[4], row[1]])).toEqual([
    ["Gehäuse", "1"],
    ["Welle Ø20", "2"],
    ['Lager "Ø40", Stahl', "4"],
    ["Zahnrad Ü-Klasse", "2"],
    ["Dichtung", "4"],
  ]);
});

test("the BOM CSV parses back to the same rows and quantities", async ({ page, elementView }) => {
  await elementView.goto(gearbox(g.topAssembly));
  const indented = await download(page, elementView.downloadCsv());
  expect(indented.name).toBe("Getriebe GX-200 - BOM.csv");
  expect(parseCsv(indented.text)).toEqual([
    ["Level", ...bomHeader, "Mass note"],
    ...indentedBom.map((row) => [
      row[0]!.includes(".") ? "1" : "0",
      ...row,
      row[0] === "3" ? "" : "",
    ]),
    ["Total", "", "", "", "", "", "", "", "2.1790", "leaves out 4 parts without material"],
  ]);

  await elementView.bomView("Flattened").click();
  await expect(elementView.bomView("Flattened")).toHaveAttribute("aria-current", "page");
  const flattened = await download(page, elementView.downloadCsv());
  expect(flattened.name).toBe("Getriebe GX-200 - BOM (flattened).csv");
  expect(
    parseCsv(flattened.text)
      .slice(0, -1)
      .map((row) => [row[5], row[2]]),
  ).toEqual([
    ["Name", "Quantity"],
    ["Gehäuse", "1"],
    ["Welle Ø20", "2"],
    ['Lager "Ø40", Stahl', "4"],
    ["Zahnrad Ü-Klasse", "2"],
    ["Dichtung", "4"],
  ]);
});

test("an assembly whose BOM was never generated still shows one", async ({ elementView }) => {
  await elementView.goto(gearbox(g.unbuiltBomAssembly));
  expect((await tableText(elementView.bomTable())).slice(1, -1).map((r) => [r[4], r[1]])).toEqual([
    ["Gehäuse", "1"],
    ["Welle Ø20", "1"],
    ['Lager "Ø40", Stahl', "2"],
  ]);
});

test("a drawing and a file get a summary and Open in Onshape", async ({
  page,
  elementView,
  expectNoAxeViolations,
}) => {
  await elementView.goto(gearbox(g.blob));
  await expect(elementView.heading()).toHaveText("Datenblatt Lager.pdf");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByText("application/pdf")).toBeVisible();
  await expect(summary.getByTestId("thumbnail-placeholder")).toBeVisible();
  await expect(summary.getByRole("link", { name: /Open in Onshape/ })).toHaveAttribute(
    "href",
    new RegExp(`/documents/${g.document}/w/${g.workspace}/e/${g.blob}$`),
  );

  await elementView.goto(gearbox(g.drawing));
  await expect(elementView.heading()).toHaveText("Zeichnung GX-200");
  await expect(page.getByRole("region", { name: "Summary" }).getByText("Drawing")).toBeVisible();
  await expectNoAxeViolations();
});

test.describe("in German", () => {
  test.use({ locale: "de-DE" });

  test("numbers follow the reader's locale", async ({ elementView }) => {
    await elementView.goto(gearbox(g.partStudio));
    const rows = await tableText(elementView.partsTable());
    expect(rows[2]?.slice(4, 7)).toEqual(["1,0800", "400,00", "1.120,00"]);
    expect(rows[7]?.slice(1, 4)).toEqual(["1,5510", "462,00", "1.417,00"]);
  });
});
