import type { Page } from "@playwright/test";
import { gearboxIds as g } from "../../emulator/seed";
import { railIds } from "../../emulator/seed/configured-rail";
import { propertyIds } from "../../emulator/seed/properties";
import { emulator } from "./support/emulator-control";
import { EditingBar, PartsEditing } from "./support/property-pages";
import { elementPath, gearbox } from "./support/view-paths";
import { ada, expect, test } from "./support/views-fixtures";

// Editing the parts' properties from an assembly's BOM, and every property of a part (the
// dialog), against the local Onshape. A BOM row's part lives in the Part Studio: the write goes
// to that element's metadata.

test.use({ locale: "en-US", timezoneId: "UTC" });
test.describe.configure({ timeout: 120_000 });

const assembly = gearbox(g.topAssembly);
const studioRef = { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio };

async function partNow(partId: string) {
  const { parts } = await emulator.parts(studioRef);
  return parts.find((p) => p.partId === partId);
}

function bom(page: Page) {
  const table = page.getByRole("table", { name: "Bill of materials" });
  return {
    table,
    row: (name: string) =>
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) }),
  };
}

test("a BOM row's part number and description are edited in place, written to the part's Part Studio, and fresh after a reload", async ({
  page,
  grant,
}) => {
  await page.goto(gearbox(g.partStudio));
  await new EditingBar(page).allowEditing(grant, ada.name);
  await page.goto(assembly);
  const cells = new PartsEditing(page);
  await emulator.resetCounters();

  // Onshape's validator runs before any write.
  await cells.editButton("Part number", "Gehäuse").click();
  await cells.input("Part number", "Gehäuse").fill("GX 300");
  await expect(cells.problem()).toContainText('"GX 300" is not a valid Part number');
  await expect(cells.saveButton()).toBeDisabled();
  await page.getByRole("button", { name: "Cancel" }).click();

  await cells.edit("Part number", "Gehäuse", "GX-300-001");
  await expect(bom(page).row("Gehäuse")).toContainText("GX-300-001");
  await expect.poll(async () => (await partNow("JHD"))?.partNumber).toBe("GX-300-001");
  await cells.edit("Description", "Dichtung", "O-Ring NBR 70");
  await expect.poll(async () => (await partNow("JHT"))?.description).toBe("O-Ring NBR 70");
  expect(await emulator.documentWrites()).toEqual({ updateWVEPMetadata: 2 });

  // The BOM Onshape answers now has the new values (the write made a new microversion).
  await page.reload();
  await expect(bom(page).row("Gehäuse")).toContainText("GX-300-001");
  await expect(bom(page).row("Dichtung")).toContainText("O-Ring NBR 70");

  // A change made in Onshape meanwhile is detected, not overwritten.
  await emulator.editPart({
    documentId: g.document,
    workspaceId: g.workspace,
    elementId: g.partStudio,
    partId: "JHD",
    partNumber: "THEIRS-1",
  });
  await cells.edit("Part number", "Gehäuse", "MINE-1");
  await expect(cells.saveError("conflict")).toContainText('now "THEIRS-1"');
  expect((await partNow("JHD"))?.partNumber).toBe("THEIRS-1");
});

test("every editable property of a part, with its input: a list, a number, yes/no and text; a configured assembly's part in its configuration; a version's BOM offers no editing and says why", async ({
  page,
  grant,
}) => {
  await page.goto(gearbox(g.partStudio));
  await new EditingBar(page).allowEditing(grant, ada.name);
  await page.goto(assembly);
  await page.getByRole("button", { name: "Properties of Welle Ø20" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Properties of Welle Ø20" });
  await expect(dialog.getByText("Onshape computes it.")).toBeVisible();

  await dialog.getByRole("button", { name: "Edit Oberfläche of Welle Ø20" }).click();
  await dialog.getByLabel("Oberfläche of Welle Ø20").selectOption({ label: "Verzinkt" });
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toContainText("Verzinkt");

  await dialog.getByRole("button", { name: "Edit Lieferzeit (Tage) of Welle Ø20" }).click();
  await dialog.getByLabel("Lieferzeit (Tage) of Welle Ø20").fill("400");
  await expect(dialog.locator("form [role=alert]")).toContainText("between 0 and 365");
  await dialog.getByLabel("Lieferzeit (Tage) of Welle Ø20").fill("21");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();

  await dialog.getByRole("button", { name: "Edit Prüfpflichtig of Welle Ø20" }).click();
  await dialog.getByLabel("Prüfpflichtig of Welle Ø20").check();
  await dialog.getByRole("button", { name: "Save", exact: true }).click();

  await dialog.getByRole("button", { name: "Edit Vendor of Welle Ø20" }).click();
  await dialog.getByLabel("Vendor of Welle Ø20").fill("Hoffmann");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();

  await expect
    .poll(async () => {
      const part = (await partNow("JHH")) as { vendor?: string; customProperties?: object };
      return { vendor: part.vendor, custom: part.customProperties };
    })
    .toEqual({
      vendor: "Hoffmann",
      custom: expect.objectContaining({
        [propertyIds.finish]: "VERZINKT",
        [propertyIds.leadTime]: 21,
        [propertyIds.inspection]: true,
      }),
    });

  // A configured assembly's part row is read in the configuration it uses the part in (400 mm:
  // the default 200 mm rail weighs 0.216 kg).
  await page.goto(elementPath(railIds.document, "w", railIds.workspace, railIds.assembly));
  await expect(await new PartsEditing(page).openProperties("Schiene")).toContainText("0.432 kg");

  await page.goto(gearbox(g.topAssembly, "v", g.versionV1));
  await expect(page.getByTestId("not-editable")).toContainText("This is a version");
  await expect(bom(page).table).toBeVisible();
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
});
