import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoClient } from "@/emulator/demo-client";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { seededUsers } from "@/emulator/users";

// The app's own auth route (auth.ts) as Next calls it: NextRequests through the session-rotation
// and sign-in-failure wrappers, signing in twice in one cookie jar as two Onshape users.

const appUrl = "http://localhost:3998";
let emulator: RunningEmulator;
let route: typeof import("@/auth");

beforeAll(async () => {
  emulator = await startEmulator({
    clients: [{ ...demoClient, redirectUris: [`${appUrl}/api/auth/callback/onshape`] }],
  });
  Object.assign(process.env, {
    AUTH_SECRET: "unit-test-secret-unit-test-secret-0123456789",
    AUTH_URL: appUrl,
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: demoClient.secret,
    ONSHAPE_OAUTH_URL: emulator.url,
    ONSHAPE_API_URL: emulator.url,
    PGLITE_DIR: "memory://auth-route",
  });
  route = await import("@/auth");
}, 60_000);
afterAll(() => emulator?.close());

const jar = new Map<string, string>();
async function call(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
  const request = new NextRequest(new URL(path, appUrl), {
    method: init.method,
    body: init.body,
    headers,
  });
  const handler = (init.method ?? "GET") === "POST" ? route.POST : route.GET;
  const response = await handler(request);
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const i = pair.indexOf("=");
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || !pair.slice(i + 1)) {
      jar.delete(pair.slice(0, i));
    } else jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return response;
}

async function signInAs(userId: string) {
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const start = await call("/api/auth/signin/onshape", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/` }),
  });
  const authorize = new URL(start.headers.get("location") ?? "");
  const grant = await fetch(`${emulator.url}/oauth/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      request: authorize.searchParams.toString(),
      decision: "allow",
      user: userId,
    }),
  });
  const callback = new URL(grant.headers.get("location") ?? "");
  return call(`${callback.pathname}${callback.search}`);
}

describe("the auth route", { timeout: 180_000 }, () => {
  it("signs in, and a second Onshape account on top gets a new session of its own", async () => {
    const first = await signInAs(seededUsers[0]!.id);
    expect(first.headers.get("location")).toBe(`${appUrl}/`);
    const adaSession = jar.get("authjs.session-token");
    expect(adaSession).toBeTruthy();
    const second = await signInAs(seededUsers[1]!.id);
    expect(second.headers.get("location")).toBe(`${appUrl}/`);
    expect(jar.get("authjs.session-token")).not.toBe(adaSession);
    const session = (await (await call("/api/auth/session")).json()) as {
      user?: { name?: string };
    };
    expect(session.user?.name).toBe(seededUsers[1]!.name);
  });
});
