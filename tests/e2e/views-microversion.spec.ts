import { gearboxIds as g } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { gearbox } from "./support/view-paths";
import { tableText } from "./support/views-pages";
import { expect, test } from "./support/views-fixtures";

// Issue 17: workspace answers are kept under the workspace's microversion. A repeat view of
// unchanged data costs the microversion lookup only, however old the answers are, and an edit
// in Onshape shows on the very next view.

test.use({ locale: "en-US", timezoneId: "UTC" });

const housing = { documentId: g.document, workspaceId: g.workspace, elementId: g.partStudio };

test("an edit in Onshape shows on the next view of a workspace page; a repeat view costs one call", async ({
  page,
  elementView,
}) => {
  // The tables' calls; with the 3D view shown the repeat view costs the same (viewer.spec).
  await page.addInitScript(() => window.localStorage.setItem("model-view-shown", "false"));
  const path = gearbox(g.partStudio);
  // Name, part number, material, mass: the revision column (2) left out.
  const housingRow = async () =>
    (await tableText(elementView.partsTable()))[2]?.filter((_, column) => column !== 2);
  const view = async () => {
    await emulator.resetCounters();
    await elementView.goto(path);
    await expect(elementView.partsTable()).toBeVisible();
    return (await emulator.counters()).calls;
  };

  await view();
  expect((await housingRow())?.slice(0, 4)).toEqual([
    "Gehäuse",
    "GX-200-001",
    "Aluminum - 6061",
    "1.0800",
  ]);
  // The first view in a fresh app process cannot prove which microversion its answers were
  // read at (they went alongside the lookup); by the second one it can.
  await view();
  expect(await view()).toEqual({ getCurrentMicroversion: 1 });

  const edit = await emulator.editPart({ ...housing, partId: "JHD", materialId: "Steel" });
  expect(edit.microversionId).toMatch(/^[0-9a-f]{24}$/);
  const afterEdit = await view();
  // 400 cm³ of steel (7,850 kg/m³).
  expect((await housingRow())?.slice(2, 4)).toEqual(["Steel", "3.1400"]);
  expect(afterEdit).toEqual({
    // The configuration inputs are workspace data too: read again at the new microversion.
    getConfiguration: 1,
    getCurrentMicroversion: 1,
    getDocument: 1,
    getElementsInDocument: 1,
    getPartsWMVE: 1,
    getPartStudioMassProperties: 1,
  });
  expect(await view()).toEqual({ getCurrentMicroversion: 1 });
  expect((await housingRow())?.slice(2, 4)).toEqual(["Steel", "3.1400"]);
});

test("a repeat view at a version costs no call", async ({ page, elementView }) => {
  // The tables' calls; the 3D view's repeat view at a version is counted in viewer.spec.
  await page.addInitScript(() => window.localStorage.setItem("model-view-shown", "false"));
  const path = gearbox(g.partStudio, "v", g.versionV2);
  await elementView.goto(path);
  await expect(elementView.partsTable()).toBeVisible();
  await emulator.resetCounters();
  await elementView.goto(path);
  await expect(elementView.partsTable()).toBeVisible();
  expect((await emulator.counters()).calls).toEqual({});
});
