import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { seededUsers } from "@/emulator/users";
import { authCookies } from "@/lib/auth/cookies";
import { createSession, findSessionViewer, frameSessionLifetimeMs } from "@/lib/auth/sessions";
import { accounts, onshapeResponseCache, sessions, tabTickets, users } from "@/lib/db/schema";
import { issueTabTicket } from "@/lib/extension/tickets";
import {
  appUrl,
  setUpAuthHarness,
  setUpTestDatabase,
  type AuthHarness,
} from "../support/auth-harness";

const [ada, grace] = seededUsers as [(typeof seededUsers)[0], (typeof seededUsers)[0]];
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database);
let harness: AuthHarness;
beforeEach(() => {
  harness = harnesses.current;
});

const cookieName = authCookies(appUrl).sessionToken.name;
const sessionCookie = () => harness.jar.get(cookieName);
const accountOf = async (onshapeUserId: string) =>
  (
    await database.db.select().from(accounts).where(eq(accounts.providerAccountId, onshapeUserId))
  )[0];
const sessionRow = async (token: string | undefined) =>
  (
    await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.sessionToken, token ?? ""))
  )[0];
const sessionUser = async () =>
  ((await (await harness.call("/api/auth/session")).json()) as { user?: { name?: string } } | null)
    ?.user?.name;
const randomHash = () => Buffer.alloc(32, Math.random() * 255).toString("base64url");

async function signOut() {
  const { csrfToken } = (await (await harness.call("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  return harness.call("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${appUrl}/` }),
  });
}

describe("signing in on top of a session (regression: Auth.js linked the second account)", () => {
  it("gives another Onshape account its own app user and a new session", async () => {
    await harness.signIn(ada.id);
    const adaSession = sessionCookie();
    const adaAccount = await accountOf(ada.id);
    await harness.signIn(grace.id);
    const graceAccount = await accountOf(grace.id);

    expect(graceAccount?.userId).toBeDefined();
    expect(graceAccount?.userId).not.toBe(adaAccount?.userId);
    expect(await database.db.select().from(users)).toHaveLength(2);
    const adaAccounts = await database.db
      .select()
      .from(accounts)
      .where(eq(accounts.userId, adaAccount!.userId));
    expect(adaAccounts.map((a) => a.providerAccountId)).toEqual([ada.id]);

    expect(sessionCookie()).not.toBe(adaSession);
    expect(await sessionUser()).toBe(grace.name);
    expect(await sessionRow(adaSession)).toBeUndefined();
    // That was Ada's only session: her Onshape tokens went with it.
    expect((await accountOf(ada.id))?.access_token).toBeNull();
    expect((await accountOf(ada.id))?.refresh_token).toBeNull();
    expect(graceAccount?.access_token).toBeTruthy();
  });

  it("signs an existing other user in instead of failing", async () => {
    await harness.signIn(grace.id);
    harness.jar.clear();
    await harness.signIn(ada.id);
    const response = (await harness.signIn(grace.id)).response;
    expect(response.headers.get("location")).toBe(`${appUrl}/`);
    expect(await sessionUser()).toBe(grace.name);
  });

  it("rotates the session token when the same account signs in again, keeping its tokens", async () => {
    await harness.signIn(ada.id);
    const first = sessionCookie();
    await harness.signIn(ada.id);
    expect(sessionCookie()).not.toBe(first);
    expect(await sessionRow(first)).toBeUndefined();
    expect(await sessionUser()).toBe(ada.name);
    expect((await accountOf(ada.id))?.access_token).toBeTruthy();
    expect(await database.db.select().from(users)).toHaveLength(1);
  });

  it("keeps the current session when the new sign-in is denied", async () => {
    await harness.signIn(ada.id);
    const first = sessionCookie();
    const authorizeUrl = await harness.startSignIn();
    const callback = await harness.decide(authorizeUrl, "deny", grace.id);
    await harness.call(`${callback.pathname}${callback.search}`);
    expect(sessionCookie()).toBe(first);
    expect(await sessionUser()).toBe(ada.name);
  });
});

describe("sign-out (regression: only the current session ended)", () => {
  it("ends every session of the user, their unredeemed tickets, and drops their tokens", async () => {
    await harness.signIn(ada.id);
    const userId = (await accountOf(ada.id))!.userId;
    const fromTicket = await createSession(database.db, { userId, lifetimeMs: 60_000 });
    const inMemory = await createSession(database.db, {
      userId,
      lifetimeMs: frameSessionLifetimeMs,
      memoryOnly: true,
    });
    await issueTabTicket(database.db, { userId, nonceHash: randomHash() });
    await database.db.insert(onshapeResponseCache).values({
      userId,
      url: "/api/v16/documents",
      contentType: "application/json",
      body: new Uint8Array([1]),
      size: 1,
      expiresAt: new Date(Date.now() + 60_000),
    });
    // Another user is left alone.
    const other = await database.db.insert(users).values({ name: "Other" }).returning();
    const othersSession = await createSession(database.db, {
      userId: other[0]!.id,
      lifetimeMs: 60_000,
    });

    await signOut();

    expect(await sessionUser()).toBeUndefined();
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, userId))).toEqual(
      [],
    );
    expect(await findSessionViewer(database.db, inMemory.sessionToken)).toBeNull();
    expect(await sessionRow(fromTicket.sessionToken)).toBeUndefined();
    expect(await database.db.select().from(tabTickets)).toEqual([]);
    expect(await database.db.select().from(onshapeResponseCache)).toEqual([]);
    const account = await accountOf(ada.id);
    expect(account).toMatchObject({ access_token: null, refresh_token: null, expires_at: null });
    expect(await sessionRow(othersSession.sessionToken)).toBeDefined();
  });
});

describe("memory-only tab sessions (regression: a cookie stretched 8 hours to 30 days)", () => {
  it("are refused on the cookie path and never renewed", async () => {
    await harness.signIn(ada.id);
    const userId = (await accountOf(ada.id))!.userId;
    // Auth.js renews a cookie session whose expiry is less than 29 days away: any 8-hour one.
    const memory = await createSession(database.db, {
      userId,
      lifetimeMs: frameSessionLifetimeMs,
      memoryOnly: true,
    });
    harness.jar.set(cookieName, memory.sessionToken);
    expect(await sessionUser()).toBeUndefined();
    expect((await sessionRow(memory.sessionToken))?.expires).toEqual(memory.expires);
    expect(await findSessionViewer(database.db, memory.sessionToken)).toEqual({
      id: userId,
      name: ada.name,
    });
  });

  it("are the only sessions the memory path accepts", async () => {
    await harness.signIn(ada.id);
    expect(await findSessionViewer(database.db, sessionCookie()!)).toBeNull();
  });
});
