import { emulator } from "./support/emulator-control";
import { startHealthyApp } from "./support/app-process";
import { HomePage, OnshapeGrantPage } from "./support/pages";
import { extraAppPorts } from "./support/ports";
import { filler } from "./support/view-paths";
import { ada, expect, test } from "./support/views-fixtures";
import { createScratchDatabase, postgresAvailable } from "../unit/support/postgres";

// Tokens that expire while the user works: one refresh for many concurrent requests, across
// app processes too, and no sign-out when the token endpoint has a bad moment.
// Each test reads documents no other test reads, so the app's response cache cannot hide calls.

test.use({ signInUser: null });

// 20 full page renders at once take a few seconds on a 2-core machine; a token that lives
// 6 s (refreshed 1.5 s ahead) outlives them, so a second refresh would be a real bug. The
// unit tests (tests/unit/app/token-refresh*.test.ts) do the same with 2 s tokens.
const lifetimeSec = 6;
const expire = () => new Promise((resolve) => setTimeout(resolve, lifetimeSec * 1000 + 200));

/** 10 pages and 10 route handlers, each needing Onshape (none read before). */
function twentyRequests(base: string, firstFiller: number) {
  return Array.from({ length: 10 }, (_, i) => {
    const doc = filler(firstFiller + i);
    return [
      `${base}${doc.path}`,
      `${base}/api/documents/${doc.document}/w/${doc.workspace}/e/${doc.partStudio}/parts-csv`,
    ];
  }).flat();
}

test("after expiry, 20 concurrent pages and route handlers make one refresh and all succeed", async ({
  page,
  signInAs,
}) => {
  await emulator.configure({ tokenLifetimeSec: lifetimeSec });
  await signInAs(ada);
  await expire();
  await emulator.resetCounters();
  const responses = await Promise.all(twentyRequests("", 10).map((url) => page.request.get(url)));
  for (const response of responses) {
    expect(response.status(), response.url()).toBe(200);
    expect(await response.text()).not.toContain("data-error-kind");
  }
  expect((await emulator.counters()).grants).toEqual({ refresh_token: 1 });
});

test("two app processes on one Postgres make one refresh between them", async ({ page }) => {
  test.skip(!(await postgresAvailable()), "needs a Postgres server (TEST_DATABASE_URL)");
  test.setTimeout(90_000);
  const scratch = await createScratchDatabase();
  const settings = { DATABASE_URL: scratch.url };
  const apps = await Promise.all([
    startHealthyApp(extraAppPorts[1], settings),
    startHealthyApp(extraAppPorts[2], settings),
  ]);
  try {
    await emulator.configure({ tokenLifetimeSec: lifetimeSec });
    const home = new HomePage(page);
    await home.goto(apps[0]!.url);
    await home.signInButton().click();
    await new OnshapeGrantPage(page).allowAs(ada.name);
    await expect(home.userName()).toHaveText(ada.name);
    await expire();
    await emulator.resetCounters();
    // The session cookie is for localhost, so the browser sends it to both servers.
    const urls = twentyRequests("", 20).map((path, i) => `${apps[i % 2]!.url}${path}`);
    const responses = await Promise.all(urls.map((url) => page.request.get(url)));
    for (const response of responses) {
      expect(response.status(), response.url()).toBe(200);
      expect(await response.text()).not.toContain("data-error-kind");
    }
    expect((await emulator.counters()).grants).toEqual({ refresh_token: 1 });
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await scratch.drop();
  }
});

test("a token endpoint failing during refresh shows a retryable error and keeps the session", async ({
  page,
  signInAs,
}) => {
  await emulator.configure({ tokenLifetimeSec: lifetimeSec });
  await signInAs(ada);
  await expire();
  await emulator.setFaults([{ target: "token", kind: "status", status: 500, remaining: 1 }]);
  await page.goto(filler(29).path);
  const error = page.locator('[data-error-kind="unavailable"]').first();
  await expect(error).toBeVisible();
  await expect(page.getByTestId("header-user-name")).toHaveText(ada.name);

  await error.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("[data-error-kind]")).toHaveCount(0);
  await expect(page.getByRole("table").first()).toBeVisible();
  expect((await emulator.counters()).grants.refresh_token).toBe(1);
});
