import { emulator } from "./support/emulator-control";
import { expect, test } from "./support/fixtures";
import { appUrl, emulatorUrl } from "./support/ports";
import { gearboxTab, TabHostPage, tabUrl } from "./support/tab-host";

const baseHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};
const onshapeMayFrame = `frame-ancestors 'self' https://*.onshape.com ${emulatorUrl}`;

test("only the tab may be framed, and only by Onshape; every other response says 'none'", async ({
  request,
}) => {
  const home = await request.get(`${appUrl}/`);
  const script = /\/_next\/static\/[^"]+\.js/.exec(await home.text())?.[0];
  expect(script).toBeDefined();
  const framed = [`/tab?${new URL(tabUrl()).searchParams}`, "/tab?documentId=nope", "/auth/error"];
  const notFramed = [
    "/",
    "/documents",
    "/tab/popup",
    "/api/auth/session",
    "/api/auth/signout",
    "/api/tab/cookie-check",
    "/no-such-page",
    script!,
  ];
  for (const [paths, policy] of [
    [framed, onshapeMayFrame],
    [notFramed, "frame-ancestors 'none'"],
  ] as const) {
    for (const path of paths) {
      const response = await request.get(`${appUrl}${path}`, { maxRedirects: 0 });
      expect(response.headers(), path).toMatchObject({
        ...baseHeaders,
        "content-security-policy": policy,
      });
    }
  }
});

test("Onshape itself cannot frame a page other than the tab (regression)", async ({ page }) => {
  const host = new TabHostPage(page);
  await host.goto(gearboxTab);
  await expect(host.tab().getByRole("button", { name: "Grant access", exact: true })).toBeVisible();
  const frame = await host.tabFrame();
  for (const path of ["/", "/documents", "/tab/popup"]) {
    await page
      .locator("#app-tab")
      .evaluate((iframe: HTMLIFrameElement, src) => (iframe.src = src), `${appUrl}${path}`);
    await expect.poll(() => frame.url(), path).toMatch(/^chrome-error:/);
  }
});

test("a page on another site cannot frame the app; the local Onshape can", async ({ page }) => {
  await page.route("http://other.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe id="app" src="${tabUrl()}" width="600" height="400"></iframe>`,
    }),
  );
  // The app answers (with its frame-ancestors policy), and Chromium refuses to show it.
  const framed = page.waitForRequest((r) => r.url().startsWith(`${appUrl}/tab?`));
  await page.goto("http://other.example/");
  await framed;
  const frame = await (await page.locator("#app").elementHandle())!.contentFrame();
  await expect.poll(() => frame!.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#app").getByRole("button")).toHaveCount(0);

  const host = new TabHostPage(page);
  await host.goto(gearboxTab);
  await expect(host.tab().getByRole("button", { name: "Grant access", exact: true })).toBeVisible();
});

const badQueries: [string, Record<string, string | null>][] = [
  ["documentId", { documentId: "D0C000000000000000000100" }],
  ["documentId", { documentId: "d0c0000000000000000001" }],
  ["documentId", { documentId: null }],
  ["workspaceId", { workspaceId: "../../users/sessioninfo" }],
  ["workspaceId", { workspaceId: null }],
  ["versionId", { versionId: "b0b000000000000000000103" }],
  ["microversionId", { microversionId: "c0c000000000000000000100" }],
  ["elementId", { elementId: null }],
  ["elementId", { elementId: "e0e00000000000000000010g" }],
  ["server", { server: "https://evil.example.com" }],
  ["server", { server: "http://cad.onshape.com" }],
  ["server", { server: "https://cad.onshape.com.evil.example" }],
  ["server", { server: "https://cad.onshape.com/documents" }],
  ["server", { server: null }],
  ["companyId", { companyId: "acme" }],
  ["userId", { userId: "ada" }],
  ["locale", { locale: "<script>" }],
];

test("bad tab parameters get a 400 page naming the parameter, and Onshape is never called", async ({
  request,
  page,
}) => {
  for (const [parameter, overrides] of badQueries) {
    const response = await request.get(tabUrl(overrides));
    const label = `${parameter} ${JSON.stringify(overrides)}`;
    expect(response.status(), label).toBe(400);
    expect(response.headers()["content-type"], label).toContain("text/html");
    expect(await response.text(), label).toContain(`data-parameter="${parameter}"`);
  }
  const repeated = await request.get(`${tabUrl()}&documentId=${gearboxTab.documentId}`);
  expect(repeated.status()).toBe(400);
  expect(await repeated.text()).toContain("documentId is given 2 times");

  const response = await page.goto(tabUrl({ server: "https://evil.example.com" }));
  expect(response!.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "This tab link is not valid" })).toBeVisible();
  await expect(page.locator('[data-parameter="server"]')).toContainText(
    "server must be an Onshape origin",
  );
  expect((await emulator.counters()).calls).toEqual({});
});
