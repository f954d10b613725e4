import { gearboxIds as g } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { ModelViewPanel } from "./support/model-view";
import { gearbox } from "./support/view-paths";
import { expect, test } from "./support/views-fixtures";

// A browser without WebGL: the page says so, the table works, and no model is asked for.

test.use({
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-3d-apis", "--disable-gpu"],
  },
});

test("without WebGL the page says so, the table still works, and Onshape exports nothing", async ({
  page,
  elementView,
}) => {
  await emulator.reset();
  const model = new ModelViewPanel(page);
  await elementView.goto(gearbox(g.partStudio));
  await expect(model.region().getByRole("status")).toContainText("cannot show 3D");
  await expect(elementView.partsTable().locator("tbody tr")).toHaveCount(5);
  await page.waitForLoadState("networkidle");
  const { calls } = await emulator.counters();
  expect(calls.exportPartStudioGltf ?? 0).toBe(0);
  // One lookup is the tables' own (workspace answers are keyed by it); the model asks for none.
  expect(calls.getCurrentMicroversion ?? 0).toBe(1);
});
