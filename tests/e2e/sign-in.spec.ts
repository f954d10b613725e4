import { seededUsers } from "../../emulator/users";
import { emulator } from "./support/emulator-control";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";

const ada = seededUsers[0]!;
const grace = seededUsers[1]!;

test("signs in with Onshape (client id and secret with =, + and /) and out again", async ({
  page,
  home,
  grant,
  context,
  playwright,
}) => {
  await home.goto();
  await home.signInButton().click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/oauth/authorize\\?`));
  await grant.allowAs(ada.name);
  await expect(home.userName()).toHaveText(ada.name);
  expect((await emulator.counters()).grants).toEqual({ authorization_code: 1 });

  // Sign-out must end the session on the server, not only drop the browser's cookie.
  const cookies = await context.cookies(appUrl);
  const sessionCookie = cookies.find((c) => c.name === "authjs.session-token");
  expect(sessionCookie).toBeDefined();
  await home.signOut();
  const replay = await playwright.request.newContext({
    extraHTTPHeaders: { cookie: `authjs.session-token=${sessionCookie!.value}` },
  });
  expect(await (await replay.get(`${appUrl}/api/auth/session`)).json()).toBeNull();
  await replay.dispose();
});

test("a later sign-in passes straight through the remembered grant", async ({
  page,
  home,
  grant,
}) => {
  await home.goto();
  await home.signInButton().click();
  await grant.allowAs(grace.name);
  await expect(home.userName()).toHaveText(grace.name);
  await home.signOut();

  const visited: string[] = [];
  page.on("framenavigated", (frame) => visited.push(frame.url()));
  await home.signInButton().click();
  await expect(home.userName()).toHaveText(grace.name);
  expect(visited.some((url) => url.includes("/oauth/authorize"))).toBe(false);
});

test("pressing Deny explains that nothing was shared", async ({ page, home, grant, errorPage }) => {
  await home.goto();
  await home.signInButton().click();
  await grant.deny();
  await errorPage.expectReason("denied", "You did not allow access");
  await expect(page.getByRole("button", { name: "Sign in with Onshape" })).toBeVisible();
});

test("a forged callback is refused", async ({ page, errorPage }) => {
  await page.goto("/api/auth/callback/onshape?code=stolen-code&state=forged-state");
  await errorPage.expectReason("state-mismatch", "This sign-in link is not valid");
});

test("a replayed callback is refused", async ({ page, home, grant, errorPage, browser }) => {
  const callbacks: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/auth/callback/onshape")) callbacks.push(request.url());
  });
  await home.goto();
  await home.signInButton().click();
  await grant.allowAs(ada.name);
  await expect(home.userName()).toHaveText(ada.name);
  expect(callbacks).toHaveLength(1);

  // The same callback URL again, in this browser (state already used) and in another one.
  await page.goto(callbacks[0]!);
  await errorPage.expectReason("state-mismatch", "This sign-in link is not valid");
  const other = await browser.newPage();
  await other.goto(callbacks[0]!);
  await expect(other.locator("[role=alert][data-reason]")).toHaveAttribute(
    "data-reason",
    "state-mismatch",
  );
  await other.close();
});

test("an unreachable token endpoint gets its own page", async ({ home, grant, errorPage }) => {
  await emulator.setFaults([{ target: "token", kind: "reset", remaining: 1 }]);
  await home.goto();
  await home.signInButton().click();
  await grant.allowAs(ada.name);
  await errorPage.expectReason("onshape-unreachable", "Onshape could not be reached");
});

test("no Onshape token reaches the browser", async ({ page, home, grant, context }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    if (response.url().startsWith(appUrl)) bodies.push(await response.text().catch(() => ""));
  });
  await home.goto();
  await home.signInButton().click();
  await grant.allowAs(ada.name);
  await expect(home.userName()).toHaveText(ada.name);

  const tokens = await emulator.tokens(ada.id);
  const secrets = [...tokens.accessTokens, ...tokens.refreshTokens];
  expect(secrets.length).toBeGreaterThanOrEqual(2);

  const session = await (await page.request.get("/api/auth/session")).text();
  const html = await (await page.request.get("/")).text();
  const rsc = await (await page.request.get("/", { headers: { RSC: "1" } })).text();
  const cookies = JSON.stringify(await context.cookies());
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(session).toContain(ada.name);
  expect(html).toContain(ada.name);
  for (const secret of secrets) {
    for (const [where, text] of Object.entries({ session, html, rsc, cookies, storage })) {
      expect(text, `${where} must not contain a token`).not.toContain(secret);
    }
    for (const body of bodies) expect(body).not.toContain(secret);
  }
});
