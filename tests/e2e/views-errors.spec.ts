import { gearboxIds as g, seedId } from "../../emulator/seed";
import { emulator } from "./support/emulator-control";
import { appUrl } from "./support/ports";
import { documentPath, elementPath, filler, gearbox } from "./support/view-paths";
import { ada, expect, test } from "./support/views-fixtures";

// Onshape failures shown in place, each with its own message and the action that can fix it.
// The app keeps successful answers for a few seconds, so each test reads a document no other
// test reads, and the fault really reaches Onshape.

test.use({ locale: "en-US" });

test("429 once: the app waits Retry-After and shows the data", async ({ elementView }) => {
  const doc = filler(11);
  await emulator.setFaults([
    { target: "getPartsWMVE", kind: "status", status: 429, retryAfterSec: 1, remaining: 1 },
  ]);
  await elementView.goto(doc.path);
  await expect(elementView.partsTable().getByRole("rowheader").first()).toHaveText("Teil 2");
  const calls = (await emulator.counters()).calls;
  expect(calls.getPartsWMVE).toBe(2);
  expect(calls.getPartStudioMassProperties).toBe(1);
});

test("429 that lasts: says when to try again, and Try again works", async ({
  page,
  elementView,
  expectNoAxeViolations,
}) => {
  await emulator.setFaults([
    { target: "getPartsWMVE", kind: "status", status: 429, retryAfterSec: 30, remaining: 1 },
  ]);
  await elementView.goto(filler(12).path);
  const alert = elementView.error("rate-limited");
  await expect(alert).toContainText("Onshape is limiting requests right now. Try again in 30 s.");
  await expect(elementView.heading()).toHaveText("Part Studio 1");
  await expectNoAxeViolations();
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(elementView.partsTable()).toBeVisible();
  await expect(page.locator("[data-error-kind]")).toHaveCount(0);
});

test("402: the yearly API limit", async ({ elementView }) => {
  await emulator.setFaults([{ target: "getBillOfMaterials", kind: "status", status: 402 }]);
  await elementView.goto(gearbox(g.shaftAssembly, "v", g.versionV2));
  await expect(elementView.error("quota-exhausted")).toContainText(
    "This Onshape account has reached its yearly API limit.",
  );
});

test("403: a document shared with someone else", async ({
  documentView,
  elementView,
  expectNoAxeViolations,
}) => {
  const privateDoc = seedId("document", 3);
  await documentView.goto(documentPath(privateDoc, "w", seedId("workspace", 3)));
  await expect(elementView.error("forbidden").first()).toContainText(
    "You do not have access to this in Onshape.",
  );
  await expectNoAxeViolations();
});

test("404: in place for a missing part list, a not-found page for a missing element", async ({
  page,
  elementView,
  expectNoAxeViolations,
}) => {
  await emulator.setFaults([{ target: "getPartsWMVE", kind: "status", status: 404 }]);
  await elementView.goto(filler(13).path);
  await expect(elementView.error("not-found")).toContainText(
    "Onshape could not find this. It may have been deleted or moved.",
  );

  // Unknown (well-formed) ids answer HTTP 404 with the not-found page, not 200 with a card.
  const missing = gearbox("e0e0000000000000000001ff");
  expect((await elementView.goto(missing))?.status()).toBe(404);
  await expect(elementView.notFound()).toBeVisible();
  await expectNoAxeViolations();
  const unknownDocument = documentPath("d0c0000000000000000009ff", "w", g.workspace);
  expect((await page.goto(unknownDocument))?.status()).toBe(404);
  await expect(elementView.notFound()).toBeVisible();
  expect((await page.goto(`${unknownDocument}/e/${g.partStudio}`))?.status()).toBe(404);
  await expect(elementView.notFound()).toBeVisible();

  // An address the app has no page for: its own page, with a way back.
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Go to your documents" }).click();
  await expect(page).toHaveURL(/\/documents$/);
  // The list's thumbnails load after the page: let them finish before counting from zero.
  await page.waitForLoadState("networkidle");

  // Malformed ids never reach Onshape: a 404 page straight away, and 400 from the API.
  await emulator.reset();
  const response = await page.goto(elementPath(g.document, "x", g.workspace, g.partStudio));
  expect(response?.status()).toBe(404);
  await expect(elementView.notFound()).toBeVisible();
  const badDocument = await page.goto(documentPath("D0C000000000000000000100", "w", g.workspace));
  expect(badDocument?.status()).toBe(404);
  const csv = await page.request.get(
    `${appUrl}/api/documents/${g.document}/w/${g.workspace}/e/short/parts-csv`,
  );
  expect(csv.status()).toBe(400);
  expect(await csv.json()).toMatchObject({ error: "bad-request" });
  expect((await emulator.counters()).calls).toEqual({});
});

test("500: Onshape's failure is named, and Try again recovers", async ({ elementView }) => {
  await emulator.setFaults([
    { target: "getPartStudioMassProperties", kind: "status", status: 500, remaining: 1 },
  ]);
  await elementView.goto(filler(14).path);
  const alert = elementView.error("unavailable");
  await expect(alert).toContainText("Onshape answered 500. Try again.");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(elementView.partsTable()).toBeVisible();
});

test("a cut-off answer is reported, not shown half", async ({ elementView }) => {
  await emulator.setFaults([{ target: "getPartsWMVE", kind: "malformed", remaining: 1 }]);
  await elementView.goto(filler(16).path);
  await expect(elementView.error("unavailable")).toContainText(
    "Onshape sent an incomplete answer. Try again.",
  );
  await expect(elementView.partsTable()).toHaveCount(0);
});

test("a timeout is reported as Onshape not answering", async ({ elementView }) => {
  await emulator.configure({ hangMs: 12_000 });
  await emulator.setFaults([{ target: "getBillOfMaterials", kind: "timeout", remaining: 1 }]);
  await elementView.goto(gearbox(g.unbuiltBomAssembly, "v", g.versionV2));
  await expect(elementView.error("unavailable")).toContainText(
    "Onshape did not answer in time or had a problem. Try again.",
    { timeout: 20_000 },
  );
});

test("a revoked grant offers Reconnect to Onshape, which returns to the page", async ({
  page,
  grant,
  elementView,
}) => {
  await emulator.revoke(ada.id);
  const path = filler(15).path;
  await elementView.goto(path);
  const alert = elementView.error("reconnect").first();
  await expect(alert).toContainText("Reconnect to Onshape");
  await alert.getByRole("button", { name: "Reconnect to Onshape" }).click();
  await grant.allowAs(ada.name);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(elementView.partsTable()).toBeVisible();
});

test.describe("signed out", () => {
  test.use({ signInUser: null });

  test("signed out: the element page asks to sign in and comes back", async ({
    page,
    grant,
    elementView,
  }) => {
    const path = `${gearbox(g.topAssembly)}?bom=flattened`;
    await elementView.goto(path);
    await page.getByRole("button", { name: "Sign in with Onshape" }).click();
    await grant.allowAs(ada.name);
    await expect(page).toHaveURL(new RegExp(`${gearbox(g.topAssembly)}\\?bom=flattened$`));
    // Five parts, beside the totals row.
    await expect(elementView.bomTable().locator("tbody").getByRole("rowheader")).toHaveCount(5);
  });
});
