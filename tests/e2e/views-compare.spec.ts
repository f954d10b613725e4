import { gearboxIds as g } from "../../emulator/seed";
import { parseCsv } from "./support/csv-parse";
import { emulator } from "./support/emulator-control";
import { metricParts } from "./support/seed-tables";
import { gearbox } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { expect, test } from "./support/views-fixtures";

// Issue 13: comparing an element between versions, the parts table's sorting and extra
// columns, the BOM's total quantities and rolled-up masses. Signed in as Ada (the fixture).

test.beforeEach(async ({ page }) => {
  // The 3D view is not what these tests are about: hidden, it makes no calls of its own.
  await page.addInitScript(() => window.localStorage.setItem("model-view-shown", "false"));
});

test("compares V1 with Main: the housing's material and mass changed; a repeat costs 0 calls", async ({
  page,
  elementView,
}) => {
  await elementView.goto(gearbox(g.partStudio));
  await page.getByRole("link", { name: "Compare versions" }).click();
  await page.getByLabel("Compare", { exact: true }).selectOption({ label: "V1" });
  await page.getByLabel("with").selectOption({ label: "Main" });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  // Main is pinned to its microversion in the link, so the link names data that never changes.
  await expect(page).toHaveURL(
    new RegExp(
      `/compare/${g.partStudio}\\?from=v\\.${g.versionV1}&to=w\\.${g.workspace}\\.[0-9a-f]{24}$`,
    ),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Compare V1 with Main/);
  const parts = page.getByRole("table", { name: /^Parts that differ between V1 and Main/ });
  const expected = [
    ["Name", "Change", "What changed", "V1", expect.stringMatching(/^Main/)],
    ["Gehäuse", "Changed", "Mass", "3.1400 kg", "1.0800 kg"],
    ["Material", "Steel", "Aluminum - 6061"],
    ["Zahnrad Ü-Klasse", "Added", "—", "—", "—"],
  ];
  expect(await tableText(parts)).toEqual(expected);
  await expect(page.getByText("2 different, 3 unchanged.")).toBeVisible();

  await emulator.resetCounters();
  await page.reload();
  expect(await tableText(parts)).toEqual(expected);
  await page.waitForLoadState("networkidle");
  expect((await emulator.counters()).calls).toEqual({});

  // The assembly: BOM lines by part, V1's loose shaft and bearings now in two sub-assemblies.
  await page.goto(page.url().replace(g.partStudio, g.topAssembly));
  const lines = page.getByRole("table", { name: /^BOM lines that differ/ });
  expect((await tableText(lines)).slice(1)).toEqual([
    ['Lager "Ø40", Stahl', "Changed", "Quantity", "2", "4"],
    ["Welle Ø20", "Changed", "Quantity", "1", "2"],
    ["Zahnrad Ü-Klasse", "Added", "—", "—", "—"],
  ]);
});

test("the parts table sorts by any column, by mouse and keyboard, with density, inertia and revision", async ({
  page,
  elementView,
}) => {
  await elementView.goto(gearbox(g.partStudio));
  const table = elementView.partsTable();
  const names = table.locator("tbody th");
  const mass = table.getByRole("columnheader", { name: /^Mass/ });
  await expect(mass).toHaveAttribute("aria-sort", "none");
  await mass.getByRole("button").click();
  await expect(mass).toHaveAttribute("aria-sort", "ascending");
  // Missing values (no material) go last, whichever the direction.
  await expect(names).toHaveText([
    'Lager "Ø40", Stahl',
    "Zahnrad Ü-Klasse",
    "Welle Ø20",
    "Gehäuse",
    "Dichtung",
  ]);
  await mass.getByRole("button").click();
  await expect(mass).toHaveAttribute("aria-sort", "descending");
  await expect(names).toHaveText([
    "Gehäuse",
    "Welle Ø20",
    "Zahnrad Ü-Klasse",
    'Lager "Ø40", Stahl',
    "Dichtung",
  ]);

  const name = table.getByRole("columnheader", { name: /^Name/ });
  await name.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(name).toHaveAttribute("aria-sort", "ascending");
  await expect(mass).toHaveAttribute("aria-sort", "none");
  await expect(names).toHaveText([
    "Dichtung",
    "Gehäuse",
    'Lager "Ø40", Stahl',
    "Welle Ø20",
    "Zahnrad Ü-Klasse",
  ]);

  const rows = await tableText(table);
  expect(rows[0]).toEqual([
    expect.stringMatching(/^Name/),
    expect.stringMatching(/^Part number/),
    expect.stringMatching(/^Revision/),
    expect.stringMatching(/^Material/),
    expect.stringMatching(/^Mass \(kg\)/),
    expect.stringMatching(/^Volume/),
    expect.stringMatching(/^Surface area/),
    expect.stringMatching(/^Density \(kg\/m³\)/),
    "Centre of mass (mm)",
    "Principal moments of inertia (kg·mm²)",
  ]);
  // By name the seal (no material: every value that needs one says so) comes before the
  // housing (revision B); both read as the metric table seeds them.
  const seeded = (name: string) => metricParts.find((row) => row[0] === name);
  expect(rows[2]).toEqual(seeded("Dichtung"));
  expect(rows[3]).toEqual(seeded("Gehäuse"));
});

test("the BOM shows total quantities, sub-assemblies and the rolled-up mass, and so does its CSV", async ({
  page,
  elementView,
}) => {
  await elementView.goto(gearbox(g.topAssembly));
  const table = elementView.bomTable();
  const rows = await tableText(table);
  const header = rows[0]!;
  const column = (name: string) => header.indexOf(name);
  expect(header.slice(0, 3)).toEqual(["Item", "Quantity", "Total quantity"]);
  expect(header.at(-1)).toBe("Mass each (kg)");
  const byName = (name: string) => rows.find((row) => row[column("Name")]?.includes(name))!;
  expect(byName("Wellenbaugruppe")).toMatchObject({ 1: "2", 2: "2" });
  expect(byName("Wellenbaugruppe").at(-1)).toBe("0.5495");
  expect(byName('Lager "Ø40"')).toMatchObject({ 1: "2", 2: "4" });
  expect(byName("Dichtung")).toMatchObject({ 1: "4", 2: "4" });
  expect(byName("Dichtung").at(-1)).toBe("No material");
  await expect(table.locator('tr[data-assembly="true"] th')).toHaveText([
    "Wellenbaugruppe (sub-assembly)",
  ]);
  expect(rows.at(-1)).toEqual(["Total mass leaves out 4 parts without material", "2.1790"]);

  const csv = parseCsv(
    (
      await (
        await page.request.get((await elementView.downloadCsv().getAttribute("href")) ?? "")
      ).text()
    ).replace(/^\uFEFF/, ""),
  );
  expect(csv[0]?.slice(0, 4)).toEqual(["Level", "Item", "Quantity", "Total quantity"]);
  expect(csv[0]?.slice(-2)).toEqual(["Mass each (kg)", "Mass note"]);
  const bearing = csv.find((row) => row.includes('Lager "Ø40", Stahl'))!;
  expect(bearing.slice(2, 4)).toEqual(["2", "4"]);
  expect(csv.at(-1)?.[0]).toBe("Total");
  expect(csv.at(-1)?.slice(-2)).toEqual(["2.1790", "leaves out 4 parts without material"]);
});
