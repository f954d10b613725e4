import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { railIds as r } from "../../emulator/seed/configured-rail";
import { parseCsv } from "./support/csv-parse";
import { emulator } from "./support/emulator-control";
import { elementPath } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { expect, test } from "./support/views-fixtures";

// The configured rail of seed document 26 (emulator/seed/configured-rail.ts): its inputs with
// the defaults chosen, exact masses in two configurations, the configuration in the URL and in
// the CSV's name, and a wrong configuration refused with its input named and no data read.

test.use({ locale: "en-US", timezoneId: "UTC" });

const studio = elementPath(r.document, "w", r.workspace, r.partStudio);
const assembly = elementPath(r.document, "w", r.workspace, r.assembly);
const chosen = `${r.length}=_400_mm;EndCaps=false;Thickness=20+millimeter;Label=A`;
const dataCalls = ["getPartsWMVE", "getPartStudioMassProperties", "getBillOfMaterials"];

async function download(page: Page, link: Locator) {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), rows: parseCsv(bytes.subarray(3).toString("utf8")) };
}

/** Name, part number and mass of each part, then the total row's label and mass. */
async function masses(table: Locator) {
  const rows = await tableText(table);
  const total = rows.at(-1) ?? [];
  return [...rows.slice(2, -1).map((row) => [row[0], row[1], row[4]]), [total[0], total[1]]];
}

test("a configured Part Studio shows its inputs and each configuration's exact masses", async ({
  page,
  elementView,
  expectNoAxeViolations,
}) => {
  await elementView.goto(`${studio}?type=partstudio`);
  const form = page.getByRole("form", { name: "Configuration" });
  await expect(form.getByLabel("Länge")).toHaveValue("_200_mm");
  await expect(form.getByLabel("Endkappen")).toBeChecked();
  await expect(form.getByLabel("Plattendicke (mm)")).toHaveValue("10");
  await expect(form.getByLabel("Beschriftung")).toHaveValue("A");
  expect(await masses(elementView.partsTable())).toEqual([
    ["Schiene", "SR-20-A", "0.2160"],
    ["Grundplatte", "GP-100", "0.3925"],
    ["Endkappe links", "EK-20", "0.0042"],
    ["Endkappe rechts", "EK-20", "0.0042"],
    ["Total (4 parts)", "0.6170"],
  ]);
  await expectNoAxeViolations();

  await form.getByLabel("Länge").selectOption({ label: "400 mm" });
  await form.getByLabel("Endkappen").uncheck();
  await form.getByLabel("Plattendicke (mm)").fill("20");
  await form.getByRole("button", { name: "Show configuration" }).click();
  await expect(page).toHaveURL(
    `${studio}?type=partstudio&configuration=${encodeURIComponent(chosen)}`,
  );
  const configured = [
    ["Schiene", "SR-20-A", "0.4320"],
    ["Grundplatte", "GP-100", "0.7850"],
    ["Total (2 parts)", "1.2170"],
  ];
  await expect.poll(() => masses(elementView.partsTable())).toEqual(configured);

  // The link reopens the same configuration.
  await page.reload();
  await expect(form.getByLabel("Länge")).toHaveValue("_400_mm");
  await expect(form.getByLabel("Endkappen")).not.toBeChecked();
  expect(await masses(elementView.partsTable())).toEqual(configured);

  const csv = await download(page, elementView.downloadCsv());
  expect(csv.name).toBe(
    "Schiene konfigurierbar (Länge 400 mm, Endkappen no, Plattendicke 20 mm, Beschriftung A) - parts.csv",
  );
  expect(csv.rows.slice(1).map((row) => [row[0], row[4]])).toEqual([
    ["Schiene", "0.4320"],
    ["Grundplatte", "0.7850"],
  ]);
});

test("a wrong configuration names the input and reads no data from Onshape", async ({
  page,
  elementView,
}) => {
  await emulator.resetCounters();
  const wrong = `${r.length}=_400_mm;Thickness=80+millimeter`;
  await elementView.goto(`${studio}?type=partstudio&configuration=${encodeURIComponent(wrong)}`);
  const form = page.getByRole("form", { name: "Configuration" });
  await expect(form.getByRole("alert")).toHaveText(
    "Plattendicke: 80 mm is out of range (5 mm to 50 mm).",
  );
  await expect(elementView.partsTable()).toHaveCount(0);

  const csv = await page.request.get(
    `/api/documents/${r.document}/w/${r.workspace}/e/${r.partStudio}/parts-csv?configuration=${encodeURIComponent(`${r.length}=_300_mm`)}`,
  );
  expect(csv.status()).toBe(400);
  expect(await csv.json()).toMatchObject({
    error: "bad-request",
    message: `Länge: "_300_mm" is not one of its options (100 mm, 200 mm, 400 mm).`,
  });
  const { calls } = await emulator.counters();
  expect(dataCalls.filter((operation) => calls[operation])).toEqual([]);

  // The form checks with the same rules before it navigates.
  await form.getByLabel("Plattendicke (mm)").fill("4 mm");
  await form.getByRole("button", { name: "Show configuration" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Plattendicke: 4 mm is out of range (5 mm to 50 mm).",
  );
  await expect(form.getByLabel("Plattendicke (mm)")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Plattendicke (mm)").fill("2 cm");
  await form.getByRole("button", { name: "Show configuration" }).click();
  await expect(page).toHaveURL(/configuration=.*Thickness%3D20%2Bmillimeter/);
  await expect(elementView.partsTable()).toBeVisible();
});

test("a configured assembly's BOM follows its configuration", async ({ page, elementView }) => {
  await elementView.goto(`${assembly}?type=assembly`);
  const quantities = async () =>
    (await tableText(elementView.bomTable())).slice(1, -1).map((row) => [row[4], row[1]]);
  const form = page.getByRole("form", { name: "Configuration" });
  await expect(form.getByLabel("Zweite Schiene")).not.toBeChecked();
  expect((await quantities()).find((row) => row[0] === "Schiene")).toEqual(["Schiene", "1"]);

  await form.getByLabel("Zweite Schiene").check();
  await form.getByRole("button", { name: "Show configuration" }).click();
  await expect(page).toHaveURL(/configuration=SecondRail%3Dtrue/);
  await expect
    .poll(async () => (await quantities()).find((row) => row[0] === "Schiene"))
    .toEqual(["Schiene", "2"]);
  const csv = await download(page, elementView.downloadCsv());
  expect(csv.name).toBe("Schiene montiert (Zweite Schiene yes) - BOM.csv");
});
