import { seededUsers } from "../../emulator/users";
import { emulator } from "./support/emulator-control";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";
import { companyTab, fillerTab, gearboxTab, TabHostPage } from "./support/tab-host";

const ada = seededUsers[0]!;

test("signs in inside the tab, lands on the same tab, and a reload keeps the session", async ({
  page,
  context,
}) => {
  const host = new TabHostPage(page);
  await host.goto();
  const tab = host.tab();
  const before = new URL((await host.tabFrame()).url());
  // Not granted yet (or never signed in here): the grant screen, not an error.
  await expect(tab.getByTestId("grant-access")).toHaveAttribute("data-grant", "none");
  await expect(tab.locator("[data-error-kind]")).toHaveCount(0);
  await tab.getByRole("button", { name: "Grant access", exact: true }).click();
  await TabHostPage.allow(tab, ada.name);

  await expect(tab.getByTestId("onshape-user-name")).toHaveText(ada.name);
  await expect(tab.getByTestId("tab-document")).toBeVisible();
  await expect(tab.getByTestId("tab-document-name")).toHaveText("Getriebe GX-200");
  await expect(tab.getByTestId("tab-document").getByText("Gehäuse & Wellen")).toBeVisible();
  const after = new URL((await host.tabFrame()).url());
  expect(after.origin + after.pathname).toBe(`${appUrl}/tab`);
  expect(Object.fromEntries(after.searchParams)).toEqual(Object.fromEntries(before.searchParams));

  // Playwright's default context refuses unpartitioned third-party cookies: the session lives
  // in the app's partition under the local Onshape's site.
  const sessions = (await context.cookies(appUrl)).filter((c) => c.name === "authjs.session-token");
  expect(sessions).toEqual([
    expect.objectContaining({
      partitionKey: "http://127.0.0.1",
      sameSite: "None",
      secure: true,
      httpOnly: true,
    }),
  ]);

  await page.reload();
  await expect(host.tab().getByTestId("onshape-user-name")).toHaveText(ada.name);
});

test("every cookie the app sets is SameSite=None; Secure; Partitioned", async ({
  page,
  context,
}) => {
  const setCookies: string[] = [];
  page.on("response", async (response) => {
    if (!response.url().startsWith(appUrl)) return;
    for (const header of await response.headersArray().catch(() => [])) {
      if (header.name.toLowerCase() === "set-cookie") setCookies.push(...header.value.split("\n"));
    }
  });
  // Inside the tab…
  const host = new TabHostPage(page);
  await host.goto();
  await host.tab().getByRole("button", { name: "Grant access", exact: true }).click();
  await TabHostPage.allow(host.tab(), ada.name);
  await expect(host.tab().getByTestId("onshape-user-name")).toHaveText(ada.name);
  // …and standalone, including sign-out.
  await page.goto(appUrl);
  await page.getByRole("button", { name: "Sign in with Onshape" }).click();
  await expect(page.getByTestId("header-user-name")).toHaveText(ada.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in with Onshape" })).toBeVisible();

  const names = new Set(setCookies.map((c) => c.split("=")[0]));
  for (const name of [
    "authjs.session-token",
    "authjs.state",
    "authjs.pkce.code_verifier",
    "authjs.callback-url",
    "onshape-app.cookie-check",
  ]) {
    expect(names, `a response set ${name}`).toContain(name);
  }
  for (const cookie of setCookies) {
    expect(cookie).toMatch(/;\s*SameSite=None(;|$)/i);
    expect(cookie).toMatch(/;\s*Secure(;|$)/i);
    expect(cookie).toMatch(/;\s*Partitioned(;|$)/i);
  }
  // What the browser kept agrees: the tab's cookies in Onshape's partition, the standalone
  // ones in the app's own.
  const kept = await context.cookies(appUrl);
  expect(kept.length).toBeGreaterThan(0);
  for (const cookie of kept) {
    expect(cookie).toMatchObject({ sameSite: "None", secure: true });
    expect(["http://127.0.0.1", "http://localhost"]).toContain(cookie.partitionKey);
  }
});

test("a company's document asks Onshape for that company's token", async ({ page }) => {
  const host = new TabHostPage(page);
  await host.goto(companyTab);
  const authorize = page.waitForRequest((r) =>
    r.url().startsWith(`${emulatorUrl}/oauth/authorize?`),
  );
  await host.tab().getByRole("button", { name: "Grant access", exact: true }).click();
  expect(new URL((await authorize).url()).searchParams.get("company_id")).toBe(
    "6d2b8f1caf4e5b3f9c7d1e44",
  );

  await host.goto(gearboxTab);
  const personal = page.waitForRequest((r) =>
    r.url().startsWith(`${emulatorUrl}/oauth/authorize?`),
  );
  await host.tab().getByRole("button", { name: "Grant access", exact: true }).click();
  expect(new URL((await personal).url()).searchParams.has("company_id")).toBe(false);
});

test("a revoked grant shows the grant screen inside the tab, whose button grants again there", async ({
  page,
}) => {
  const host = new TabHostPage(page);
  await host.goto();
  await host.tab().getByRole("button", { name: "Grant access", exact: true }).click();
  await TabHostPage.allow(host.tab(), ada.name);
  await expect(host.tab().getByTestId("tab-document")).toBeVisible();

  await emulator.revoke(ada.id);
  // Another document, so that no cached answer hides the revoked grant.
  await host.goto(fillerTab(27));
  const grant = host.tab().getByTestId("grant-access");
  await expect(grant).toHaveAttribute("data-grant", "revoked");
  await expect(grant.getByRole("heading", { name: "Grant access again" })).toBeVisible();
  // One clear screen: no error panel beside it.
  await expect(host.tab().locator("[data-error-kind]")).toHaveCount(0);
  await grant.getByRole("button", { name: "Grant access", exact: true }).click();
  await TabHostPage.allow(host.tab(), ada.name);
  await expect(host.tab().getByTestId("tab-document").getByText("Part Studio 1")).toBeVisible();
});
