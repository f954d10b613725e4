import type { Page } from "@playwright/test";
import { gearboxIds as g, pumpIds } from "../../emulator/seed";
import { propertyIds } from "../../emulator/seed/properties";
import { emulator } from "./support/emulator-control";
import { EditingBar, PartsEditing } from "./support/property-pages";
import { elementPath, gearbox } from "./support/view-paths";
import { ada, expect, test } from "./support/views-fixtures";

// Editing part properties in place, in the parts table, against the local Onshape.

test.use({ locale: "en-US", timezoneId: "UTC" });
// Sign-in, a re-grant and several writes per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

const studio = gearbox(g.partStudio);
const studioRef = { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio };

async function partNumberNow(partId: string) {
  const { parts } = await emulator.parts(studioRef);
  return parts.find((p) => p.partId === partId)?.partNumber;
}

async function withEditing(
  page: Page,
  grant: Parameters<EditingBar["allowEditing"]>[0],
  path = studio,
) {
  await page.goto(path);
  await new EditingBar(page).allowEditing(grant, ada.name);
}

test("a read-only grant shows no edit controls; after Allow editing a part number is edited in the table, kept after a reload and in Onshape", async ({
  page,
  grant,
}) => {
  const table = new PartsEditing(page);
  await page.goto(studio);
  await expect(new EditingBar(page).allowEditingButton()).toBeVisible();
  await expect(table.editButton("Part number", "Gehäuse")).toHaveCount(0);

  await new EditingBar(page).allowEditing(grant, ada.name);
  await emulator.resetCounters();
  await table.edit("Part number", "Gehäuse", "GX-300-001");
  await expect(table.row("Gehäuse")).toContainText("GX-300-001");
  await expect(table.saving()).toHaveCount(0);
  await expect.poll(() => partNumberNow("JHD")).toBe("GX-300-001");
  expect(await emulator.documentWrites()).toEqual({ updateWVEPMetadata: 1 });

  await page.reload();
  await expect(table.row("Gehäuse")).toContainText("GX-300-001");
});

test("an invalid value is refused in place with Onshape's rule, and never sent", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  await emulator.resetCounters();
  const table = new PartsEditing(page);
  await table.editButton("Part number", "Gehäuse").click();
  await table.input("Part number", "Gehäuse").fill("GX 300");
  await expect(table.problem()).toContainText('"GX 300" is not a valid Part number');
  await expect(table.saveButton()).toBeDisabled();
  await table.input("Part number", "Gehäuse").press("Enter");
  expect(await emulator.documentWrites()).toEqual({});
  expect(await partNumberNow("JHD")).toBe("GX-200-001");
});

test("a value with units is edited in another unit, written in the part's own unit, kept after a reload; out of range it is refused in place with the limit", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  await emulator.resetCounters();
  const table = new PartsEditing(page);
  const column = "Zuschnittlänge";
  const cutLengthNow = async () =>
    (await emulator.parts(studioRef)).parts.find((p) => p.partId === "JHH")?.customProperties?.[
      propertyIds.cutLength
    ];
  let dialog = await table.openProperties("Welle Ø20");
  await expect(dialog).toContainText("100 mm");

  // The same length in another unit is no change: nothing is written.
  await table.editButton(column, "Welle Ø20").click();
  await table.fillQuantity(column, "Welle Ø20", "10", "cm");
  await table.saveButton().click();
  await expect(table.saving()).toHaveCount(0);
  await expect(dialog).toContainText("100 mm");
  expect(await emulator.documentWrites()).toEqual({});

  await table.editButton(column, "Welle Ø20").click();
  await table.fillQuantity(column, "Welle Ø20", "7", "m");
  await expect(table.problem()).toHaveText(
    "Zuschnittlänge must be between 1 mm and 6000 mm (not 7000 mm).",
  );
  await expect(table.saveButton()).toBeDisabled();
  await table.input(column, "Welle Ø20").press("Enter");
  expect(await emulator.documentWrites()).toEqual({});

  await table.fillQuantity(column, "Welle Ø20", "0,25", "m");
  await table.saveButton().click();
  await expect(dialog).toContainText("250 mm");
  await expect.poll(cutLengthNow).toBe("250 mm");
  expect(await emulator.documentWrites()).toEqual({ updateWVEPMetadata: 1 });

  await page.reload();
  dialog = await table.openProperties("Welle Ø20");
  await expect(dialog).toContainText("250 mm");
});

test("a concurrent change in Onshape is detected and shown with both values, not overwritten", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  await emulator.editPart({
    documentId: g.document,
    workspaceId: g.workspace,
    elementId: g.partStudio,
    partId: "JHD",
    partNumber: "THEIRS-1",
  });
  await emulator.resetCounters();
  const table = new PartsEditing(page);
  await table.edit("Part number", "Gehäuse", "MINE-1");
  await expect(table.saveError("conflict")).toContainText(
    'Part number is now "THEIRS-1" (you saw "GX-200-001"). Your value "MINE-1" was not written.',
  );
  await expect(table.row("Gehäuse")).toContainText("THEIRS-1");
  expect(await emulator.documentWrites()).toEqual({});
  expect(await partNumberNow("JHD")).toBe("THEIRS-1");

  // The user may still choose to overwrite, knowing both values.
  await page.getByRole("button", { name: "Overwrite with “MINE-1”" }).click();
  await expect.poll(() => partNumberNow("JHD")).toBe("MINE-1");
});

test("Onshape refusing a write (read-only share: 403) says so in place and rolls back", async ({
  page,
  grant,
}) => {
  const pump = elementPath(pumpIds.document, "w", pumpIds.workspace, pumpIds.partStudio);
  await withEditing(page, grant, pump);
  const table = new PartsEditing(page);
  await table.edit("Part number", "Pumpengehäuse", "P10-999");
  await expect(table.saveError("forbidden")).toContainText("Onshape refused the change (403)");
  await expect(table.row("Pumpengehäuse")).not.toContainText("P10-999");
});

test("a cross-site POST to the save action is refused and writes nothing", async ({
  page,
  grant,
}) => {
  await withEditing(page, grant);
  const table = new PartsEditing(page);
  // Learn the action's id and body from one real save.
  const saved = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await table.edit("Part number", "Gehäuse", "GX-300-001");
  const request = await saved;
  await expect.poll(() => partNumberNow("JHD")).toBe("GX-300-001");
  await emulator.resetCounters();
  const body = request
    .postData()!
    .replace("GX-300-001", "EVIL-1")
    .replace(/"seen":"GX-200-001"/, '"seen":"GX-300-001"');
  const answer = await page.request.post(request.url(), {
    headers: {
      "next-action": request.headers()["next-action"]!,
      "content-type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      origin: "http://evil.example",
      "sec-fetch-site": "cross-site",
    },
    data: body,
  });
  expect(await answer.text()).not.toContain('"ok":true');
  expect(await emulator.documentWrites()).toEqual({});
  expect(await partNumberNow("JHD")).toBe("GX-300-001");
});
