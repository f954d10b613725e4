import type { Database } from "@/lib/db/open";
import { retireSession } from "./sign-out";

// Auth.js links a sign-in to the session the browser already has: a second Onshape account
// signed in on top of a session would be linked to the first account's app user (two tokens
// under one user, answers cached for either), and a sign-in as the same account keeps the old
// session token (fixation). So the OAuth callback never sees the session cookie: each sign-in
// finds or creates the app user of the Onshape account that just signed in, gets a new session
// token, and the session it replaces ends once the new one is set.

type Handler = (request: Request) => Promise<Response>;

const callbackPath = /\/callback\/[^/]+$/;

export function withSessionRotation(
  handler: Handler,
  { sessionCookie, getDb }: { sessionCookie: () => string; getDb: () => Promise<Database> },
): Handler {
  return async (request) => {
    if (!callbackPath.test(new URL(request.url).pathname)) return handler(request);
    const name = sessionCookie();
    const { kept, values } = withoutCookie(request.headers.get("cookie") ?? "", name);
    if (values.length === 0) return handler(request);
    const headers = new Headers(request.headers);
    if (kept) headers.set("cookie", kept);
    else headers.delete("cookie");
    const response = await handler(new Request(request, { headers }));
    const fresh = setCookieValue(response.headers.getSetCookie(), name);
    // A failed or denied sign-in leaves the current session as it was.
    if (fresh) {
      const db = await getDb();
      for (const sessionToken of values) {
        if (sessionToken !== fresh) await retireSession(db, { sessionToken });
      }
    }
    return response;
  };
}

function withoutCookie(header: string, name: string): { kept: string; values: string[] } {
  const values: string[] = [];
  const kept = header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => {
      const index = pair.indexOf("=");
      if (index < 0 || pair.slice(0, index) !== name) return Boolean(pair);
      const value = safeDecode(pair.slice(index + 1));
      if (value) values.push(value);
      return false;
    });
  return { kept: kept.join("; "), values };
}

function setCookieValue(setCookies: readonly string[], name: string): string | null {
  for (const cookie of setCookies) {
    const [pair = ""] = cookie.split(";");
    const index = pair.indexOf("=");
    if (pair.slice(0, index) !== name) continue;
    const value = safeDecode(pair.slice(index + 1));
    if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) return value;
  }
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
