import { gearboxIds as g } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { ModelViewPanel, softwareWebgl } from "./support/model-view";
import { gearbox } from "./support/view-paths";
import { expect, test } from "./support/views-fixtures";

// The 3D view in Chromium with software WebGL (SwiftShader): Part Studios and assemblies drawn
// from the local Onshape's glTF, linked to their table rows, progress of a translation, a
// FAILED one's reason, no Onshape call for a repeat view at a version, and no GPU memory
// left behind by a view that is closed.

test.use({
  locale: "en-US",
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: softwareWebgl,
  },
});
test.describe.configure({ timeout: 90_000 });

const drawn = (model: ModelViewPanel) =>
  expect(model.view()).toHaveAttribute("data-model-state", "drawn", { timeout: 30_000 });

test("a Part Studio is drawn in 3D, one mesh per part, linked both ways to its rows", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  const model = new ModelViewPanel(page);
  await elementView.goto(gearbox(g.partStudio));
  await drawn(model);
  const rows = elementView.partsTable().locator("tbody tr");
  await expect(rows).toHaveCount(5);
  expect(await model.number("data-meshes")).toBe(5);
  expect(await model.number("data-linked-meshes")).toBe(5);
  expect(await model.drawnShare()).toBeGreaterThan(0.02);

  // The housing is the big box in the middle: pointing at it highlights its row.
  const box = (await model.canvas().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(model.view()).toHaveAttribute("data-hovered-part", /.+/);
  const hovered = (await model.view().getAttribute("data-hovered-part"))!;
  await expect(model.row(hovered)).toHaveAttribute("data-hovered", "true");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(model.view()).toHaveAttribute("data-selected-part", hovered);
  await expect(model.row(hovered)).toHaveAttribute("aria-selected", "true");

  // A row picks its part; the part can be hidden and shown again.
  const seal = rows.filter({ hasText: "Dichtung" });
  await seal.click();
  const sealId = (await seal.getAttribute("data-model-id"))!;
  await expect(model.view()).toHaveAttribute("data-selected-part", sealId);
  await expect(model.row(hovered)).toHaveAttribute("aria-selected", "false");
  await model.tool("Hide selected part").click();
  await expect(seal).toHaveAttribute("data-hidden-in-3d", "true");
  await model.tool("Show all (1 hidden)").click();
  await expect(seal).not.toHaveAttribute("data-hidden-in-3d");

  const before = await model.drawnShare();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600); // zoom in: the model fills more of the view
  await expect.poll(() => model.drawnShare()).toBeGreaterThan(before);
  await model.tool("Reset view").click();
  await expect.poll(() => model.drawnShare()).toBeCloseTo(before, 1);
  await model.tool("Fit to view").click();
  expect(await model.drawnShare()).toBeGreaterThan(0.02);
});

test("a repeat view at a version costs 0 Onshape calls, and the model arrives gzipped", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  const model = new ModelViewPanel(page);
  const path = gearbox(g.partStudio, "v", g.versionV1);
  await elementView.goto(path);
  await drawn(model);
  expect((await emulator.counters()).calls.exportPartStudioGltf).toBe(1);

  await emulator.resetCounters();
  const file = page.waitForResponse((response) => response.url().includes("/model/file"));
  await page.reload();
  await drawn(model);
  expect((await file).headers()["content-encoding"]).toBe("gzip");
  await page.waitForLoadState("networkidle");
  expect((await emulator.counters()).calls).toEqual({});
});

test("a repeat view of a workspace with its 3D view costs one Onshape call, the microversion lookup", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  const model = new ModelViewPanel(page);
  const view = async () => {
    await emulator.resetCounters();
    await elementView.goto(gearbox(g.partStudio));
    await drawn(model);
    await page.waitForLoadState("networkidle");
    return (await emulator.counters()).calls;
  };
  await view();
  // The first view in a fresh app process cannot yet store its table answers (see
  // views-microversion.spec); the model is stored at once.
  await view();
  // The 3D view takes the microversion the tables were read at from the page.
  expect(await view()).toEqual({ getCurrentMicroversion: 1 });
});

test("an assembly shows the translation's progress, then draws its instances", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  await emulator.configure({ translationActiveMs: 3_000 });
  const model = new ModelViewPanel(page);
  await elementView.goto(gearbox(g.topAssembly));
  await expect(model.region().getByRole("status")).toContainText("Onshape is exporting");
  await drawn(model);
  expect(await model.number("data-meshes")).toBeGreaterThan(0);
  expect(await model.number("data-linked-meshes")).toBe(await model.number("data-meshes"));
  expect(await model.drawnShare()).toBeGreaterThan(0.02);
  const { calls } = await emulator.counters();
  expect(calls.translateFormat).toBe(1);
  expect(calls.downloadExternalData).toBe(1);
  // Polled with backoff (1, 2 s …), not once per progress request of the page.
  expect(calls.getTranslation).toBeLessThanOrEqual(3);
  const writes = (await emulator.counters()) as { documentWrites?: Record<string, number> };
  expect(writes.documentWrites ?? {}).toEqual({});

  // A BOM row picks its instances in 3D.
  const row = elementView.bomTable().locator("tbody tr[data-model-id]").first();
  await row.click();
  await expect(model.view()).toHaveAttribute(
    "data-selected-part",
    (await row.getAttribute("data-model-id"))!,
  );
});

test("a FAILED translation shows Onshape's reason, and trying again can succeed", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  await emulator.configure({
    translationActiveMs: 500,
    translationFailureReason: "Mesh export timed out",
  });
  const model = new ModelViewPanel(page);
  await elementView.goto(gearbox(g.topAssembly, "v", g.versionV2));
  await expect(model.region().getByRole("alert")).toContainText(
    "Onshape could not export this model: Mesh export timed out",
    { timeout: 20_000 },
  );
  await expect(elementView.bomTable()).toBeVisible();
  await emulator.reset();
  await emulator.configure({ translationActiveMs: 200 });
  await model.region().getByRole("button", { name: "Try again" }).click();
  await drawn(model);
});

test("closing and opening the view 20 times leaves no GPU memory behind", async ({
  page,
  elementView,
}) => {
  const model = new ModelViewPanel(page);
  await elementView.goto(gearbox(g.partStudio, "v", g.versionV1));
  await drawn(model);
  const first = {
    geometries: await model.number("data-gpu-geometries"),
    textures: await model.number("data-gpu-textures"),
  };
  expect(first.geometries).toBeGreaterThan(0);
  for (let i = 0; i < 20; i++) {
    await model.toggle().click(); // hide
    await expect(model.view()).toHaveCount(0);
    await model.toggle().click(); // show
    await drawn(model);
  }
  expect({
    geometries: await model.number("data-gpu-geometries"),
    textures: await model.number("data-gpu-textures"),
  }).toEqual(first);
});
