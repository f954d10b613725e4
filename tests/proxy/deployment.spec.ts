import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { gearboxIds as g } from "../../emulator/seed";
import { seededUsers } from "../../emulator/users";
import { demoClient } from "../../emulator/demo-client";
import { emulator } from "../e2e/support/emulator-control";
import { HomePage, OnshapeGrantPage } from "../e2e/support/pages";
import { sessionCacheTtlMs } from "../../lib/auth/session-cache";
import { expect, test } from "./support/fixtures";
import { metricsToken } from "./support/proxy-ports";
import { upstreamFailTimeoutMs, type AppServer } from "./support/stack";

// The README's deployment, end to end: nginx with TLS in front of two standalone servers on one
// Postgres. Tests run in order and share the signed-in browser context.

test.describe.configure({ mode: "serial" });

const ada = seededUsers[0]!;
let context: BrowserContext;

test.beforeAll(async ({ browser }) => {
  await emulator.reset();
  context = await browser.newContext({ ignoreHTTPSErrors: true });
});
test.afterAll(async () => {
  await context.close();
});

/** Request lines a server logged for a route, e.g. "/documents". */
function requestLines(server: AppServer, route: string) {
  return jsonLines(server.output()).filter(
    (line) => line.msg === "request" && line.route === route,
  );
}

function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("signs in, browses, refreshes an expired token and signs out through nginx, on both servers", async ({
  stack,
}) => {
  await emulator.configure({ tokenLifetimeSec: 8 });
  const page = await context.newPage();
  const home = new HomePage(page);
  await home.goto(stack.proxyUrl);
  await home.signInButton().click();
  await new OnshapeGrantPage(page).allowAs(ada.name);
  await expect(home.userName()).toHaveText(ada.name);

  // Several views, so round-robin sends some to each server.
  for (let i = 0; i < 4; i++) {
    const response = await page.goto(`${stack.proxyUrl}/documents`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-request-id"]).toMatch(/^[\w.:@-]+$/);
    await expect(page.getByRole("table")).toBeVisible();
  }
  for (const server of stack.servers) {
    expect(requestLines(server, "/documents").length, `requests on ${server.url}`).toBeGreaterThan(
      0,
    );
  }

  // The 8-second token expires (the refresh window is a quarter of it); the next views refresh.
  const before = (await emulator.counters()).grants.refresh_token ?? 0;
  await page.waitForTimeout(8_500);
  for (let i = 0; i < 2; i++) {
    const response = await page.goto(`${stack.proxyUrl}/documents?filter=recent&i=${i}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("table")).toBeVisible();
  }
  expect((await emulator.counters()).grants.refresh_token ?? 0).toBeGreaterThan(before);

  // nginx passes its own request id on: the server's log line carries it.
  const tagged = await page.request.get(`${stack.proxyUrl}/api/health`);
  const id = tagged.headers()["x-request-id"]!;
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  // The line is written once the answer has gone, so it may arrive just after it.
  await expect
    .poll(() =>
      stack.servers.some((server) =>
        jsonLines(server.output()).some(
          (line) => line.requestId === id && line.route === "/api/health",
        ),
      ),
    )
    .toBe(true);
  await page.close();
});

test("two servers asked for the same assembly's 3D model at once start one translation", async ({
  stack,
}) => {
  const session = (await context.cookies(stack.proxyUrl)).find((cookie) =>
    cookie.name.endsWith("authjs.session-token"),
  );
  expect(session).toBeDefined();
  const model = `/api/documents/${g.document}/v/${g.versionV1}/e/${g.topAssembly}/model?kind=assembly`;
  // Straight to each server (nginx would pick one), as the browser's origin sees them.
  const ask = (server: AppServer, method: "GET" | "POST", query = "") =>
    fetch(`${server.url}${model}${query}`, {
      method,
      headers: { cookie: `${session!.name}=${session!.value}`, origin: stack.proxyUrl },
    }).then(async (response) => {
      expect(response.status, await response.clone().text()).toBe(200);
      return (await response.json()) as { state: string; snapshot: string };
    });
  await emulator.resetCounters();
  const started = await Promise.all(stack.servers.map((server) => ask(server, "POST")));
  expect(new Set(started.map((status) => status.snapshot))).toEqual(new Set([`v:${g.versionV1}`]));
  // Either server advances the one job; both see it finish.
  for (const server of stack.servers) {
    await expect
      .poll(async () => (await ask(server, "GET", `&snapshot=v:${g.versionV1}`)).state, {
        timeout: 30_000,
      })
      .toBe("ready");
  }
  const { calls } = await emulator.counters();
  expect(calls.translateFormat).toBe(1);
  expect(calls.downloadExternalData).toBe(1);
});

test("health and readiness answer without a session; metrics only with the token", async ({
  stack,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  try {
    const health = await anonymous.get(`${stack.proxyUrl}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });

    const ready = await anonymous.get(`${stack.proxyUrl}/api/ready`);
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: {
        database: { ok: true },
        migrations: { ok: true },
        onshapeOAuthHost: { ok: true },
        onshapeApiHost: { ok: true },
        accepting: { ok: true },
      },
    });

    expect((await anonymous.get(`${stack.proxyUrl}/api/metrics`)).status()).toBe(401);
    const wrong = await anonymous.get(`${stack.proxyUrl}/api/metrics`, {
      headers: { authorization: "Bearer not-the-token-not-the-token" },
    });
    expect(wrong.status()).toBe(401);

    const texts = await Promise.all(
      stack.servers.map(async (server) => {
        const response = await anonymous.get(`${server.url}/api/metrics`, {
          headers: { authorization: `Bearer ${metricsToken}` },
        });
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toContain("text/plain");
        return response.text();
      }),
    );
    const all = texts.join("\n");
    expect(all).toMatch(
      /app_http_requests_total\{route="\/documents",method="GET",status="200"\} [1-9]/,
    );
    expect(all).toMatch(/app_onshape_calls_total\{operation="getDocuments",status="200"\} [1-9]/);
    expect(all).toMatch(
      /app_onshape_call_duration_seconds_bucket\{le="[^"]+",operation="getDocuments"\}/,
    );
    expect(all).toMatch(/app_token_refreshes_total\{outcome="refreshed"\} [1-9]/);
    expect(all).toMatch(/app_cache_lookups_total\{kind="workspace",result="miss"\} [1-9]/);
    expect(all).toMatch(/app_sessions_live [1-9]/);
  } finally {
    await anonymous.dispose();
  }
});

/** The browser context's session cookie, to call one server directly. */
async function cookieHeader(): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("SIGTERM: the server finishes the request in flight, then exits", async ({ stack }) => {
  const [first] = stack.servers;
  await emulator.configure({ latencyMs: 1_500 });
  try {
    const cookie = await cookieHeader();
    const inFlight = fetch(`${first!.url}/documents?filter=shared`, { headers: { cookie } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exited = first!.terminate();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("</html>");
    // Next.js exits with 128 + SIGTERM once its server has closed.
    expect(await exited).toBe(143);
    expect(first!.output()).toContain("shutting down: finishing in-flight requests");
  } finally {
    await emulator.configure({ latencyMs: 0 });
    await first!.start();
  }
});

test("a rolling restart of both servers under load loses no request", async ({
  stack,
  playwright,
}) => {
  const client: APIRequestContext = await playwright.request.newContext({
    ignoreHTTPSErrors: true,
    extraHTTPHeaders: { cookie: await cookieHeader() },
  });
  await emulator.configure({ latencyMs: 100 });
  const statuses: number[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const response = await client.get(`${stack.proxyUrl}/documents`, { maxRedirects: 0 });
      statuses.push(response.status());
    }
  };
  try {
    const load = Promise.all(Array.from({ length: 4 }, worker));
    for (const server of stack.servers) {
      // As an operator's rolling restart does: the next server goes down only once nginx has
      // taken the restarted one back (its fail_timeout since the last failed attempt passed).
      await new Promise((resolve) => setTimeout(resolve, upstreamFailTimeoutMs + 1_000));
      expect(await server.stop()).toBe(143);
      await server.start();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await load;
  } finally {
    running = false;
    await emulator.configure({ latencyMs: 0 });
    await client.dispose();
  }
  expect(statuses.length).toBeGreaterThan(20);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
});

test("every log line after start-up is JSON, and none holds a token, the secret or a cookie", async ({
  stack,
}) => {
  const tokens = await emulator.tokens(ada.id);
  const cookies = (await context.cookies())
    .filter((c) => /session|csrf/.test(c.name))
    .map((c) => c.value);
  expect(cookies.length).toBeGreaterThan(0);
  const secrets = [
    ...tokens.accessTokens,
    ...tokens.refreshTokens,
    demoClient.secret,
    encodeURIComponent(demoClient.secret),
    metricsToken,
    ...cookies,
  ];
  expect(tokens.accessTokens.length).toBeGreaterThan(1);
  for (const server of stack.servers) {
    const output = server.output();
    // Next.js prints its banner (name, version, "Ready") before the app's logger starts.
    const lines = output.split("\n").filter((line) => line.trim() !== "");
    const firstJson = lines.findIndex((line) => line.startsWith("{"));
    expect(firstJson).toBeGreaterThanOrEqual(0);
    for (const line of lines.slice(firstJson)) {
      // The banner again, after a restart (Next colours it when it thinks it has a terminal).
      if (/^\s*(▲|✓|-|⚠)/.test(line.replace(/\x1b\[[0-9;]*m/g, ""))) continue;
      expect(() => JSON.parse(line), line).not.toThrow();
    }
    for (const secret of secrets) {
      expect(output.includes(secret), "a secret reached the log").toBe(false);
    }
  }
});

test("signs out through nginx; the old session is dead on both servers", async ({ stack }) => {
  const cookie = await cookieHeader();
  const page = await context.newPage();
  const home = new HomePage(page);
  await home.goto(stack.proxyUrl);
  await expect(home.userName()).toHaveText(ada.name);
  await home.signOut();
  // At once on the server that signed out; the other forgets its cached copy of the session
  // within the session cache's few seconds (lib/auth/session-cache.ts).
  for (const server of stack.servers) {
    await expect
      .poll(
        async () => (await fetch(`${server.url}/api/documents`, { headers: { cookie } })).status,
        { message: server.url, timeout: sessionCacheTtlMs + 3_000 },
      )
      .toBe(401);
  }
  await page.close();
});
