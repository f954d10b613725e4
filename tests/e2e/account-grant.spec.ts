import type { Page } from "@playwright/test";
import { emulator } from "./support/emulator-control";
import { PanelHostPage } from "./support/panel-host";
import { TabHostPage } from "./support/tab-host";
import { filler } from "./support/view-paths";
import { ada, expect, test } from "./support/views-fixtures";

// The account page's API budget against the local Onshape's own call counter, and the right
// panel's grant screen before the first grant and after a revoke (the tab's is in
// tab-sign-in.spec).

test.use({ locale: "en-US", timezoneId: "UTC" });

const emulatorCalls = async () =>
  Object.values((await emulator.counters()).calls).reduce((sum, n) => sum + n, 0);

const figure = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ""));

async function budget(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Onshape API calls" })).toBeVisible();
  const remaining = /reported ([\d,]+) calls remaining/.exec(
    await page.getByTestId("rate-limit-remaining").innerText(),
  )?.[1];
  return {
    today: await figure(page, "usage-today"),
    month: await figure(page, "usage-month"),
    year: await figure(page, "usage-year"),
    remaining: remaining === undefined ? undefined : Number(remaining.replace(/,/g, "")),
  };
}

/** Opens a page and waits until every Onshape call it causes (its pictures too) is done. */
async function browse(page: Page, path: string, ready: () => Promise<void>) {
  await page.goto(path);
  await ready();
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((img) => img.complete)))
    .toBe(true);
  await page.waitForLoadState("networkidle");
}

test("the account page counts the Onshape calls the app made for the user", async ({ page }) => {
  // The 3D view's translation polls would go on past the page: hidden, as a user can hide it.
  await page.addInitScript(() => window.localStorage.setItem("model-view-shown", "false"));
  await browse(page, "/documents", () =>
    expect(page.getByRole("table", { name: "Documents" })).toBeVisible(),
  );
  // Linked from the header's user name.
  await page.getByTestId("header-user-name").click();
  await expect(page).toHaveURL(/\/account$/);
  const before = await budget(page);
  const callsBefore = await emulatorCalls();
  expect(before.year).toBeGreaterThan(0);
  expect(before.remaining).toBeDefined();

  const partStudio = filler(12);
  await browse(page, partStudio.path, () =>
    expect(page.getByRole("table", { name: "Parts with mass properties" })).toBeVisible(),
  );
  const made = (await emulatorCalls()) - callsBefore;
  expect(made).toBeGreaterThan(0);

  // Reading the account page costs no Onshape call.
  const after = await budget(page);
  expect(await emulatorCalls()).toBe(callsBefore + made);
  expect(after.year - before.year).toBe(made);
  expect(after.month - before.month).toBe(made);
  expect(after.today - before.today).toBe(made);
  test.info().annotations.push({
    type: "api-budget",
    description: `Part Studio page: ${made} calls (emulator) = ${after.year - before.year} (account page); remaining ${before.remaining} → ${after.remaining}`,
  });
  // Onshape's own figure went down by as much (calls sent side by side may answer in any
  // order, so the last one seen can be a few off).
  expect(Math.abs(after.remaining! - (before.remaining! - made))).toBeLessThanOrEqual(3);
});

test.describe("the right panel", () => {
  test.use({ signInUser: null });

  test("shows the grant screen before the first grant and after a revoke", async ({ page }) => {
    const host = new PanelHostPage(page);
    await host.goto();
    const panel = host.panel();
    const grant = panel.getByTestId("grant-access");
    await expect(grant).toHaveAttribute("data-grant", "none");
    await expect(panel.locator("[data-error-kind]")).toHaveCount(0);
    await grant.getByRole("button", { name: "Grant access" }).click();
    await TabHostPage.allow(panel, ada.name);
    await expect(panel.getByTestId("selection-heading")).toHaveText(
      "Nothing selected · all 5 parts",
    );

    await emulator.revoke(ada.id);
    await page.reload();
    await expect(grant).toHaveAttribute("data-grant", "revoked");
    await expect(grant.getByRole("heading", { name: "Grant access again" })).toBeVisible();
    await expect(panel.locator("[data-error-kind]")).toHaveCount(0);
    await grant.getByRole("button", { name: "Grant access" }).click();
    await TabHostPage.allow(panel, ada.name);
    await expect(panel.getByTestId("selection-heading")).toHaveText(
      "Nothing selected · all 5 parts",
    );
  });
});
