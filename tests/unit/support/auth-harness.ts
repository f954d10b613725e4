import { Auth } from "@auth/core";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { demoClient } from "@/emulator/demo-client";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { createAuthConfig, errorPagePath } from "@/lib/auth/config";
import { authCookies } from "@/lib/auth/cookies";
import { withSessionRotation } from "@/lib/auth/session-rotation";
import { withSignInFailures } from "@/lib/auth/sign-in-failure";
import { openDatabase, type Database } from "@/lib/db/open";
import { parseEnv } from "@/lib/env";

// Runs the app's real Auth.js configuration in-process against the local Onshape and an
// in-memory PGlite, with a cookie jar standing in for the browser.

export const appUrl = "http://localhost:3999";
export const callbackUrl = `${appUrl}/api/auth/callback/onshape`;

export type AuthHarness = Awaited<ReturnType<typeof startAuthHarness>>;

/** PGlite takes seconds to boot: a test file opens one and empties it between tests. */
export async function openTestDatabase() {
  const database = await openDatabase({ pgliteDir: "memory://" });
  return {
    db: database.db,
    close: database.close,
    empty: async () => {
      await database.db.execute(sql`truncate "user", "account", "session", "tab_ticket" cascade`);
    },
  };
}

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

/** One database for the test file, emptied (then seeded) before each test. */
export function setUpTestDatabase(seed?: (db: Database) => Promise<unknown>) {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase();
  }, 60_000);
  afterAll(() => opened?.close());
  beforeEach(async () => {
    await opened!.empty();
    await seed?.(opened!.db);
  });
  return {
    get db(): Database {
      return opened!.db;
    },
  };
}

/** A fresh harness (and local Onshape) per test on the file's database; the log is muted. */
export function setUpAuthHarness(database: { db: Database }, settings: HarnessOverrides = {}) {
  let harness: AuthHarness | undefined;
  beforeEach(async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    harness = await startAuthHarness(database.db, settings);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await harness?.close();
  });
  return {
    get current(): AuthHarness {
      return harness!;
    },
    /** Replaces this test's harness, e.g. with other settings. */
    async replace(overrides: HarnessOverrides) {
      await harness?.close();
      harness = await startAuthHarness(database.db, overrides);
      return harness;
    },
  };
}

/** scopes: what sign-in asks for (ONSHAPE_SCOPES), e.g. with OAuth2Write for tests that write. */
type HarnessOverrides = { clientSecret?: string; scopes?: string };

export async function startAuthHarness(db: Database, overrides: HarnessOverrides = {}) {
  const emulator: RunningEmulator = await startEmulator({
    clients: [{ ...demoClient, redirectUris: [callbackUrl] }],
  });
  const env = parseEnv({
    AUTH_SECRET: "unit-test-secret-unit-test-secret-0123456789",
    AUTH_URL: appUrl,
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: overrides.clientSecret ?? demoClient.secret,
    ONSHAPE_OAUTH_URL: emulator.url,
    ONSHAPE_API_URL: emulator.url,
    ...(overrides.scopes ? { ONSHAPE_SCOPES: overrides.scopes } : {}),
  });
  const config = { ...createAuthConfig(env, db), basePath: "/api/auth" };
  // Composed as auth.ts composes the app's route handlers.
  const handle = withSignInFailures(
    withSessionRotation((request: Request) => Auth(request, config), {
      sessionCookie: () => authCookies(appUrl).sessionToken.name,
      getDb: async () => db,
    }),
    errorPagePath,
  );
  const jar = new Map<string, string>();

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await handle(new Request(new URL(path, appUrl), { ...init, headers }));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Starts sign-in as the app's button does; returns the URL of Onshape's authorize page. */
  async function startSignIn(): Promise<URL> {
    const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await call("/api/auth/signin/onshape", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/` }),
    });
    return new URL(response.headers.get("location") ?? "");
  }

  /** Presses Allow (or Deny) on the local Onshape's grant page; returns the callback URL. */
  async function decide(authorizeUrl: URL, decision: "allow" | "deny", userId: string) {
    const response = await fetch(`${emulator.url}/oauth/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        request: authorizeUrl.searchParams.toString(),
        decision,
        user: userId,
      }),
    });
    return new URL(response.headers.get("location") ?? "");
  }

  async function signIn(userId: string) {
    const authorizeUrl = await startSignIn();
    const callback = await decide(authorizeUrl, "allow", userId);
    const response = await call(`${callback.pathname}${callback.search}`);
    return { authorizeUrl, callback, response };
  }

  return {
    emulator,
    db,
    jar,
    call,
    startSignIn,
    decide,
    signIn,
    close: () => emulator.close(),
  };
}
