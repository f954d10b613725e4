import type { BrowserContext } from "@playwright/test";
import { seededUsers } from "../../emulator/users";
import { emulator } from "./support/emulator-control";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";
import {
  launchWithCookieSettings,
  refuseAllCookies,
  refuseCookiesInside,
} from "./support/cookie-settings";
import { TabHostPage } from "./support/tab-host";

const ada = seededUsers[0]!;

/** Every message any frame receives, and every URL requested, for leak checks. */
async function recordTraffic(context: BrowserContext) {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    window.addEventListener("message", (event) => seen.push(JSON.stringify(event.data)), true);
  });
  return urls;
}

test("where the browser refuses every cookie inside Onshape, the popup signs in and the tab keeps the session in memory", async ({}, testInfo) => {
  const { context, close } = await launchWithCookieSettings(
    testInfo,
    refuseCookiesInside(appUrl, emulatorUrl),
  );
  try {
    const urls = await recordTraffic(context);
    const page = await context.newPage();
    const host = new TabHostPage(page);
    await host.goto();
    const tab = host.tab();
    await expect(tab.getByText("does not keep this app's cookies inside Onshape")).toBeVisible();

    const opened = context.waitForEvent("page");
    await tab.getByRole("button", { name: "Grant access (opens a window)" }).click();
    const popup = await opened;
    await expect(popup).toHaveURL(new RegExp(`^${appUrl}/tab/popup\\?`));
    await popup.getByRole("button", { name: "Sign in with Onshape" }).click();
    await TabHostPage.allow(popup, ada.name);
    // The window closes as soon as the ticket is posted: listen before the click.
    const closed = popup.waitForEvent("close");
    await popup.getByRole("button", { name: "Continue in the Onshape tab" }).click();
    await closed;

    // Chromium refuses storage access where the user blocked the site's cookies, so the
    // ticket becomes a session held only in the tab's memory.
    await tab.getByRole("button", { name: "Continue" }).click();
    await expect(tab.getByTestId("onshape-user-name")).toHaveText(ada.name);
    await expect(tab.getByTestId("memory-session")).toContainText("Signed in for this tab only");
    await expect(tab.getByTestId("cookie-help")).toContainText(appUrl);
    await expect(tab.getByTestId("tab-document").getByText("Gehäuse & Wellen")).toBeVisible();
    const partitioned = (await context.cookies(appUrl)).filter(
      (c) => c.partitionKey === "http://127.0.0.1",
    );
    expect(partitioned).toEqual([]);

    // No Onshape token crossed postMessage or a URL, or sat in the tab's storage.
    const tokens = await emulator.tokens(ada.id);
    const secrets = [...tokens.accessTokens, ...tokens.refreshTokens];
    expect(secrets.length).toBeGreaterThan(0);
    const frame = await host.tabFrame();
    const tabMessages = await frame.evaluate(() =>
      (window as unknown as { seenMessages: string[] }).seenMessages.join("\n"),
    );
    expect(tabMessages).toContain("onshape-app:tab-ticket");
    const storage = await frame.evaluate(() => {
      try {
        return JSON.stringify({ ...localStorage, ...sessionStorage });
      } catch {
        return "";
      }
    });
    for (const secret of secrets) {
      for (const text of [tabMessages, storage, ...urls]) expect(text).not.toContain(secret);
    }

    // The session lived in memory only: a reloaded tab asks again.
    await page.reload();
    await expect(
      host.tab().getByRole("button", { name: "Grant access (opens a window)" }),
    ).toBeVisible();
  } finally {
    await close();
  }
});

test("where the popup works with cookies too, its ticket becomes the tab's partitioned session", async ({
  page,
  context,
}) => {
  const host = new TabHostPage(page);
  await host.goto();
  const opened = context.waitForEvent("page");
  await host
    .tab()
    .getByRole("button", { name: "Grant access in a separate window instead" })
    .click();
  const popup = await opened;
  await popup.getByRole("button", { name: "Sign in with Onshape" }).click();
  await TabHostPage.allow(popup, ada.name);
  const closed = popup.waitForEvent("close");
  await popup.getByRole("button", { name: "Continue in the Onshape tab" }).click();
  await closed;

  await expect(host.tab().getByTestId("onshape-user-name")).toHaveText(ada.name);
  await expect(host.tab().getByTestId("memory-session")).toHaveCount(0);
  await page.reload();
  await expect(host.tab().getByTestId("onshape-user-name")).toHaveText(ada.name);
  const inTab = (await context.cookies(appUrl)).filter(
    (c) => c.name === "authjs.session-token" && c.partitionKey === "http://127.0.0.1",
  );
  expect(inTab).toHaveLength(1);
});

test("where the browser refuses every cookie, the sign-in window says what to allow", async ({}, testInfo) => {
  const { context, close } = await launchWithCookieSettings(testInfo, refuseAllCookies);
  try {
    const page = await context.newPage();
    const host = new TabHostPage(page);
    await host.goto();
    const opened = context.waitForEvent("page");
    await host.tab().getByRole("button", { name: "Grant access (opens a window)" }).click();
    const popup = await opened;
    await expect(
      popup.getByRole("heading", { name: "Cookies are blocked for this app" }),
    ).toBeVisible();
    await expect(popup.getByTestId("cookie-help")).toContainText(appUrl);
    await expect(popup.getByTestId("cookie-help")).toContainText("Allowed to use cookies");
    await expect(popup.getByRole("button", { name: "Sign in with Onshape" })).toHaveCount(0);
  } finally {
    await close();
  }
});
