import type { BrowserContext, Page } from "@playwright/test";
import { emulator } from "../support/emulator-control";
import { HomePage, OnshapeGrantPage } from "../support/pages";
import { appUrl, emulatorUrl } from "../support/ports";
import { TabHostPage } from "../support/tab-host";
import { ada, expect, grace, test } from "../support/views-fixtures";

// Nothing outlives its grant: sign-out ends the user everywhere, the tab has its own sign-out
// and switch-account control, and a second Onshape account never joins the first one's user.

test.use({ signInUser: null });

const sessionUser = async (page: Page) =>
  (
    (await (await page.request.get(`${appUrl}/api/auth/session`)).json()) as {
      user?: { name?: string };
    } | null
  )?.user?.name;

async function signInFirstParty(context: BrowserContext, name: string) {
  const page = await context.newPage();
  const home = new HomePage(page);
  await home.goto();
  await home.signInButton().click();
  await new OnshapeGrantPage(page).allowAs(name);
  await expect(home.userName()).toHaveText(name);
  return page;
}

test("signing out in one browser ends the user's sessions in every other (regression)", async ({
  browser,
}) => {
  const office = await browser.newContext();
  const laptop = await browser.newContext();
  try {
    const atOffice = await signInFirstParty(office, ada.name);
    const onLaptop = await signInFirstParty(laptop, ada.name);
    await new HomePage(onLaptop).signOut();
    expect(await sessionUser(onLaptop)).toBeUndefined();
    expect(await sessionUser(atOffice)).toBeUndefined();
    await atOffice.goto(`${appUrl}/documents`);
    await expect(atOffice.getByRole("button", { name: /sign in/i }).first()).toBeVisible();
  } finally {
    await office.close();
    await laptop.close();
  }
});

test("a second Onshape account signed in on top of a session gets its own user and session (regression)", async ({
  page,
  context,
  request,
}) => {
  const home = new HomePage(page);
  await home.goto();
  await home.signInButton().click();
  await new OnshapeGrantPage(page).allowAs(ada.name);
  await expect(home.userName()).toHaveText(ada.name);
  const adaCookie = (await context.cookies(appUrl)).find((c) => c.name === "authjs.session-token");

  // Signed out of the local Onshape only: its grant page asks who signs in.
  await context.clearCookies({ domain: "127.0.0.1" });
  await home
    .signInButton()
    .or(page.getByRole("button", { name: /sign in again/i }))
    .count();
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.evaluate(
    ({ csrfToken }) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.action = "/api/auth/signin/onshape";
      for (const [name, value] of Object.entries({ csrfToken, callbackUrl: "/documents" })) {
        const input = document.createElement("input");
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { csrfToken: csrf.csrfToken },
  );
  await new OnshapeGrantPage(page).allowAs(grace.name);
  await page.waitForURL(`${appUrl}/documents`);
  await expect(page.getByTestId("header-user-name")).toHaveText(grace.name);
  const graceCookie = (await context.cookies(appUrl)).find(
    (c) => c.name === "authjs.session-token",
  );
  expect(graceCookie?.value).not.toBe(adaCookie?.value);

  // Ada's old session token answers as nobody.
  // (A request context of its own, so only that cookie is sent.)
  const replay = await request.get(`${appUrl}/api/auth/session`, {
    headers: { cookie: `authjs.session-token=${adaCookie!.value}` },
  });
  expect(await replay.json()).toBeNull();
});

test.describe("the tab's own controls", () => {
  test("Sign out in the tab ends the session there and everywhere else", async ({
    page,
    context,
  }) => {
    const standalone = await signInFirstParty(context, ada.name);
    const host = new TabHostPage(page);
    await host.goto();
    const tab = host.tab();
    await tab.getByRole("button", { name: "Grant access", exact: true }).click();
    await TabHostPage.allow(tab, ada.name);
    await expect(tab.getByTestId("onshape-user-name")).toHaveText(ada.name);

    await tab.getByTestId("tab-account").getByRole("button", { name: "Sign out" }).click();
    await expect(tab.getByRole("button", { name: "Grant access", exact: true })).toBeVisible();
    expect(await sessionUser(standalone)).toBeUndefined();
    await page.reload();
    await expect(
      host.tab().getByRole("button", { name: "Grant access", exact: true }),
    ).toBeVisible();
    // Signed out: the Onshape tokens are gone from the app, so nothing can use them.
    await emulator.resetCounters();
    await standalone.goto(`${appUrl}/documents`);
    expect((await emulator.counters()).calls).toEqual({});
  });

  test("Switch account signs out and signs in again as the account chosen in Onshape", async ({
    page,
    context,
  }) => {
    const host = new TabHostPage(page);
    await host.goto();
    const tab = host.tab();
    await tab.getByRole("button", { name: "Grant access", exact: true }).click();
    await TabHostPage.allow(tab, ada.name);
    await expect(tab.getByTestId("onshape-user-name")).toHaveText(ada.name);

    // As if the user signed in to Onshape as someone else in this browser.
    await context.clearCookies({ domain: "127.0.0.1" });
    await tab.getByTestId("tab-account").getByRole("button", { name: "Switch account" }).click();
    await TabHostPage.allow(tab, grace.name);
    await expect(tab.getByTestId("onshape-user-name")).toHaveText(grace.name);
  });
});

test("a cross-site request cannot sign the user out or in through the tab's actions", async ({
  page,
}) => {
  const standalone = await signInFirstParty(page.context(), ada.name);
  const forged = await page.request.post(`${appUrl}/api/tab/tickets`, {
    headers: { origin: emulatorUrl, "sec-fetch-site": "cross-site" },
    data: { nonceHash: "a".repeat(43) },
  });
  expect(forged.status()).toBe(403);
  expect(await sessionUser(standalone)).toBe(ada.name);
});
