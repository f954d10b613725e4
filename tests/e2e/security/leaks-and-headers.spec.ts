import { demoClient } from "../../../emulator/demo-client";
import { gearboxIds as g } from "../../../emulator/seed";
import { startHealthyApp } from "../support/app-process";
import { emulator } from "../support/emulator-control";
import { HomePage, OnshapeGrantPage } from "../support/pages";
import { emulatorUrl, extraAppPorts } from "../support/ports";
import { tabQuery } from "../support/tab-host";
import { expect, grace, test } from "../support/views-fixtures";

// Crawl every page as a signed-in user, through a token refresh, and search everything the
// browser could see (HTML, RSC payloads, JS, session JSON, headers) and the server's log for
// the Onshape tokens and the client secret.

test.use({ signInUser: null });

const ps = `/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}`;
const crawl = [
  "/",
  "/documents",
  "/documents?filter=shared",
  `/documents/${g.document}/w/${g.workspace}`,
  `/documents/${g.document}/v/${g.versionV1}`,
  ps,
  `/documents/${g.document}/w/${g.workspace}/e/${g.topAssembly}`,
  `/documents/${g.document}/w/${g.workspace}/e/${g.drawing}`,
  `/api/documents?q=ge`,
  `/api/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}/parts-csv`,
  `/api/documents/${g.document}/w/${g.workspace}/e/${g.topAssembly}/bom-csv`,
  `/api/documents/${g.document}/w/${g.workspace}/e/${g.partStudio}/thumbnail?size=300x170`,
  "/api/auth/session",
];

test("no token or client secret appears anywhere a browser or the log can see", async ({
  page,
}) => {
  // Two full crawls, a second app server and a token expiry in between.
  test.setTimeout(120_000);
  const app = await startHealthyApp(extraAppPorts[0], {});
  try {
    await emulator.configure({ tokenLifetimeSec: 4 });
    const home = new HomePage(page);
    await home.goto(app.url);
    await home.signInButton().click();
    await new OnshapeGrantPage(page).allowAs(grace.name);
    await expect(home.userName()).toHaveText(grace.name);
    const seen: string[] = [];
    page.on("response", async (response) => {
      seen.push(JSON.stringify(response.headers()));
      seen.push(await response.text().catch(() => ""));
    });
    for (const round of [1, 2]) {
      // The second round runs after the access token expired: it goes through a refresh.
      if (round === 2) await new Promise((resolve) => setTimeout(resolve, 4_200));
      for (const path of crawl) {
        const url = `${app.url}${path}`;
        for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
          const response = await page.request.get(url, { headers });
          seen.push(JSON.stringify(response.headers()), await response.text());
        }
        if (!path.startsWith("/api/")) await page.goto(url);
      }
      await page.goto(`${app.url}/tab?${tabQuery({ server: emulatorUrl })}`);
    }
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => s.src).filter(Boolean),
    );
    for (const src of scripts) seen.push(await (await page.request.get(src)).text());
    seen.push(JSON.stringify(await page.context().cookies()));
    seen.push(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })));

    const tokens = await emulator.tokens(grace.id);
    expect((await emulator.counters()).grants.refresh_token).toBeGreaterThanOrEqual(1);
    const secrets = [
      ...tokens.accessTokens,
      ...tokens.refreshTokens,
      demoClient.secret,
      encodeURIComponent(demoClient.secret),
    ];
    const log = app.output();
    const everything = seen.join("\n");
    expect(everything).toContain(grace.name);
    for (const secret of secrets) {
      expect(everything.includes(secret), "a token or the secret reached the browser").toBe(false);
      expect(log.includes(secret), "a token or the secret reached the server log").toBe(false);
    }
  } finally {
    await app.stop();
  }
});

test("security headers are on every kind of response", async ({ page, signInAs }) => {
  await signInAs(grace);
  const paths = [
    "/",
    "/documents",
    ps,
    "/api/auth/session",
    "/api/documents",
    crawl[9]!,
    crawl[11]!,
    "/nope",
  ];
  for (const path of paths) {
    const headers = (await page.request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    // Only the tab may be framed (tab-framing.spec.ts); none of these pages.
    expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  const pageHeaders = (await page.request.get(ps)).headers();
  expect(pageHeaders["cache-control"] ?? "").not.toContain("public");
  const csv = (await page.request.get(crawl[9]!)).headers();
  expect(csv["cache-control"]).toMatch(/private|no-store/);
  const thumbnail = (await page.request.get(crawl[11]!)).headers();
  expect(thumbnail["cache-control"]).toContain("private");
});

test("the app and the session survive faults, and nothing is kept from a broken answer", async ({
  page,
  signInAs,
}) => {
  await signInAs(grace);
  const path = `/documents/${g.document}/v/${g.versionV1}/e/${g.partStudio}`;
  for (const fault of [
    { target: "getPartsWMVE", kind: "malformed" as const, remaining: 1 },
    { target: "getPartsWMVE", kind: "status" as const, status: 500, remaining: 1 },
    // A read is sent once more after a cut connection: each of the page's 4 calls is cut twice.
    { target: "*", kind: "reset" as const, remaining: 8 },
  ]) {
    await emulator.setFaults([fault]);
    await page.goto(path);
    await expect(page.locator("[data-error-kind]").first()).toBeVisible();
    await emulator.setFaults([]);
  }
  // Data read at a version is cached for a day: had a broken answer been kept, it would show now.
  await page.goto(path);
  await expect(page.locator("[data-error-kind]")).toHaveCount(0);
  await expect(page.locator("table").getByText("Gehäuse", { exact: true })).toBeVisible();
  await expect(page.locator("table").getByText("3.1400", { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId("header-user-name")).toHaveText(grace.name);
});
