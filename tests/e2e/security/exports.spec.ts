import { formulaIds as f, formulaPartNames } from "../../../emulator/seed/formula-names";
import { parseCsv } from "../support/csv-parse";
import { expect, test } from "../support/views-fixtures";

// Exports that are safe to open: part names and BOM headers that look like formulas (doc 23 in
// the local Onshape) reach the CSV as text a spreadsheet shows, never as a formula it runs.

const base = `/api/documents/${f.document}/w/${f.workspace}/e`;
const defused = (text: string) => (/^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text);

test("part names that are formulas are written as text; numbers stay numbers", async ({ page }) => {
  const response = await page.request.get(`${base}/${f.partStudio}/parts-csv`);
  expect(response.status()).toBe(200);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  expect(header?.[0]).toBe("Name");
  expect(rows.map((row) => row[0])).toEqual(formulaPartNames.map(defused));
  // Every name in the seed starts like a formula: each one got the apostrophe.
  expect(rows.every((row) => row[0]!.startsWith("'"))).toBe(true);
  // Measured values sit between the material and the two id columns the import keys on.
  const firstMeasured = header!.indexOf("Material") + 1;
  expect(firstMeasured).toBeGreaterThan(0);
  for (const row of rows) {
    for (const value of row.slice(firstMeasured, -2).filter(Boolean)) {
      expect(value, "a measured value is a plain number").toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
    }
  }
});

test("BOM headers that Onshape names like formulas are written as text too", async ({ page }) => {
  const response = await page.request.get(`${base}/${f.assembly}/bom-csv`);
  expect(response.status()).toBe(200);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  expect(header).toContain("'=Kostenstelle");
  expect(header).toContain("'@Lieferzeit");
  expect(header?.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  const cells = rows.flat();
  for (const name of formulaPartNames) expect(cells).toContain(defused(name));
  const plainNumber = /^-?\d+(\.\d+)?(e-?\d+)?$/;
  expect(cells.some((cell) => /^[=+\-@\t＝＋－＠]/.test(cell) && !plainNumber.test(cell))).toBe(
    false,
  );
});
