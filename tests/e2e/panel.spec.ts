import { gearboxIds as g } from "../../emulator/seed";
import { seededUsers } from "../../emulator/users";
import { formatMeasure } from "../../lib/format/numbers";
import { emulator } from "./support/emulator-control";
import { expect, test } from "./support/fixtures";
import { PanelHostPage } from "./support/panel-host";
import { TabHostPage } from "./support/tab-host";

// The right panel beside the seeded gearbox Part Studio: the selection's masses and their
// sum, combined in the browser (no Onshape call while the microversion stays), one refresh
// after the model changes, and nothing from forged or malformed messages.

test.use({ locale: "en-US", timezoneId: "UTC" });

const ada = seededUsers[0]!;
const kg = (value: number) => `${formatMeasure("en-US", value)} kg`;
// Seeded masses (emulator/seed/gearbox-document.ts), as the Part Studio page shows them.
const housing = 1.08;
const shaft = 0.2355;
const bearing = 0.0785;
const gear = 0.157;
const allParts = 1.551;

async function openSignedIn(page: PanelHostPage["page"]) {
  const host = new PanelHostPage(page);
  await host.goto();
  // The grant screen posts applicationInit too: the panel that follows the grant must post its
  // own before a click's SELECTION can reach it.
  await host.expectInitialized();
  const inits = await host.initCount();
  await host.panel().getByRole("button", { name: "Grant access" }).click();
  await TabHostPage.allow(host.panel(), ada.name);
  await expect(host.panel().getByTestId("selection-heading")).toHaveText(
    "Nothing selected · all 5 parts",
  );
  await host.expectInitialized({ after: inits });
  return host;
}

const callCount = async () =>
  Object.values((await emulator.counters()).calls).reduce((sum, n) => sum + n, 0);

test("the panel shows the selected parts' masses and their sum, with no Onshape call per selection", async ({
  page,
}) => {
  const host = await openSignedIn(page);
  const panel = host.panel();
  // An unconfigured Part Studio: Onshape leaves the placeholder in the URL as it is.
  expect(await page.locator("#app-panel").getAttribute("src")).toContain(
    "configuration={$configuration}",
  );
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(allParts));
  const before = await callCount();

  await host.click(host.part("JHD"));
  await expect(panel.getByTestId("selection-heading")).toHaveText("1 part selected");
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(housing));
  await host.click(host.part("JHP"), true);
  await expect(panel.getByTestId("selection-heading")).toHaveText("2 parts selected");
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(housing + gear));
  await expect(panel.getByTestId("selection-parts").getByRole("button")).toHaveCount(2);

  // Deselect the housing; then a face of the bearing counts as the bearing.
  await host.click(host.part("JHD"), true);
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(gear));
  await host.click(page.locator('[aria-label^="Faces of Lager"] button').first(), true);
  await expect(panel.getByTestId("selection-heading")).toHaveText("2 parts selected");
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(gear + bearing));

  await page.getByTestId("clear-selection").click();
  await expect(panel.getByTestId("selection-heading")).toHaveText("Nothing selected · all 5 parts");
  expect(await callCount()).toBe(before);

  // A row asks Onshape to highlight its part.
  await panel.getByRole("button", { name: /Gehäuse/ }).click();
  await expect(host.part("JHD")).toHaveAttribute("data-highlighted", "true");
});

test("after the model changes, the next selection refreshes the panel once, with the new numbers", async ({
  page,
}) => {
  const host = await openSignedIn(page);
  const panel = host.panel();
  await host.click(host.part("JHD"));
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(housing));

  // The housing becomes steel (3.14 kg, as in V1), then the host's own edit bumps the
  // microversion its selections carry.
  const edited = await fetch(`${new URL(page.url()).origin}/__emulator/edit-part`, {
    method: "POST",
    body: JSON.stringify({
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHD",
      materialId: "Steel",
    }),
  });
  expect(edited.ok).toBe(true);
  await page.getByTestId("edit-model").click();
  await expect(page.getByTestId("edit-model")).toBeEnabled();
  const before = await callCount();

  await host.click(host.part("JHD"));
  await host.click(host.part("JHD"));
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(3.14));
  await expect(panel.getByTestId("selection-parts")).toContainText("Steel");
  const after = await callCount();
  expect(after - before).toBe(3);

  // The same microversion again: free.
  await host.click(host.part("JHP"), true);
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(3.14 + gear));
  expect(await callCount()).toBe(after);
});

test("forged and malformed SELECTION messages change nothing", async ({ page }) => {
  const host = await openSignedIn(page);
  const panel = host.panel();
  await host.click(host.part("JHD"));
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(housing));

  const ignored: string[] = [];
  page.on("console", (message) => {
    if (/ignored/.test(message.text())) ignored.push(message.text());
  });
  const frame = page.frames().find((f) => f.url().includes("/panel?"))!;
  // From the app's own origin (not Onshape's `server`): ignored.
  await frame.evaluate(() =>
    window.postMessage(
      { messageName: "SELECTION", selections: [{ selectionType: "BODY", selectionId: "JHH" }] },
      "*",
    ),
  );
  // From Onshape's origin, but malformed: ignored as a whole.
  await page.evaluate(() => {
    const target = (document.getElementById("app-panel") as HTMLIFrameElement).contentWindow!;
    const origin = new URL((document.getElementById("app-panel") as HTMLIFrameElement).src).origin;
    for (const selections of ["JHH", [{ selectionType: "BODY" }], [{ selectionId: 3 }]]) {
      target.postMessage({ messageName: "SELECTION", selections }, origin);
    }
  });
  // The panel says it ignored each of them, and shows what it showed before.
  await expect.poll(() => ignored.length).toBe(4);
  expect(ignored.filter((text) => text.includes("malformed"))).toHaveLength(3);
  await expect(panel.getByTestId("selection-heading")).toHaveText("1 part selected");
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(housing));
});

test("in an assembly, a selected instance shows its BOM row and its mass", async ({ page }) => {
  const host = new PanelHostPage(page);
  await host.goto(g.topAssembly);
  await host.expectInitialized();
  const inits = await host.initCount();
  await host.panel().getByRole("button", { name: "Grant access" }).click();
  await TabHostPage.allow(host.panel(), ada.name);
  const panel = host.panel();
  await expect(panel.getByTestId("selection-heading")).toHaveText("Nothing selected · 5 parts");
  await host.expectInitialized({ after: inits });
  const before = await callCount();

  // The shaft sits in the sub-assembly, which the top assembly uses twice.
  const shaftInstance = page.locator('[data-testid^="occurrence-"]', { hasText: "Welle" }).first();
  await host.click(shaftInstance);
  await expect(panel.getByTestId("selection-heading")).toHaveText("1 instance selected");
  const row = panel.getByTestId("selection-parts").getByRole("listitem");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Welle Ø20");
  await expect(row).toContainText("GX-200-002");
  await expect(row).toContainText("Steel");
  await expect(row.getByTestId("instance-quantity")).toHaveText("2 in assembly");
  await expect(row.getByTestId("instance-mass")).toHaveText(kg(shaft));

  const bearingInstance = page
    .locator('[data-testid^="occurrence-"]', { hasText: "Lager" })
    .first();
  await host.click(bearingInstance, true);
  await expect(panel.getByTestId("total-mass")).toHaveText(kg(shaft + bearing));
  expect(await callCount()).toBe(before);
});
