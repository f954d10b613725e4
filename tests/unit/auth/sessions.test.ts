import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  cookieSessionViewer,
  createSession,
  findSessionViewer,
  sessionMaxAgeSec,
} from "@/lib/auth/sessions";
import { sessions, users } from "@/lib/db/schema";
import { setUpTestDatabase } from "../support/auth-harness";

const userId = "user-ada";
const database = setUpTestDatabase((db) =>
  db.insert(users).values({ id: userId, name: "Ada Lovelace" }),
);

describe("sessions a tab ticket opens", () => {
  it("are Auth.js session rows that end when they expire or are deleted", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const { sessionToken, expires } = await createSession(database.db, {
      userId,
      lifetimeMs: 1000,
      memoryOnly: true,
      now,
    });
    expect(expires.getTime() - now.getTime()).toBe(1000);
    const [row] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.sessionToken, sessionToken));
    expect(row).toEqual({ sessionToken, userId, expires, memoryOnly: true });
    expect(await findSessionViewer(database.db, sessionToken, now)).toEqual({
      id: userId,
      name: "Ada Lovelace",
    });
    expect(await findSessionViewer(database.db, sessionToken, expires)).toBeNull();
    await database.db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    expect(await findSessionViewer(database.db, sessionToken, now)).toBeNull();
  });

  it("are unguessable: 32 random bytes each", async () => {
    const tokens = await Promise.all(
      [1, 2, 3].map(() => createSession(database.db, { userId, lifetimeMs: 1000 })),
    );
    const values = new Set(tokens.map((t) => t.sessionToken));
    expect(values.size).toBe(3);
    for (const value of values) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("the cookie session a page reads", () => {
  const day = 24 * 60 * 60 * 1000;
  const maxAge = sessionMaxAgeSec * 1000;
  const expiresOf = async (sessionToken: string) =>
    (await database.db.select().from(sessions).where(eq(sessions.sessionToken, sessionToken)))[0]
      ?.expires;

  it("names its user, and leaves a session renewed within the day as it is", async () => {
    const { sessionToken, expires } = await createSession(database.db, {
      userId,
      lifetimeMs: maxAge,
    });
    expect(await cookieSessionViewer(database.db, sessionToken)).toEqual({
      id: userId,
      name: "Ada Lovelace",
    });
    expect(await expiresOf(sessionToken)).toEqual(expires);
  });

  it("renews the expiry of a session last renewed over a day ago (Auth.js's updateAge)", async () => {
    const now = new Date();
    const { sessionToken } = await createSession(database.db, {
      userId,
      lifetimeMs: maxAge,
      now: new Date(now.getTime() - 2 * day),
    });
    expect(await cookieSessionViewer(database.db, sessionToken, now)).not.toBeNull();
    expect((await expiresOf(sessionToken))?.getTime()).toBe(now.getTime() + maxAge);
  });

  it("refuses an expired session and deletes it", async () => {
    const { sessionToken } = await createSession(database.db, {
      userId,
      lifetimeMs: 1000,
      now: new Date(Date.now() - day),
    });
    expect(await cookieSessionViewer(database.db, sessionToken)).toBeNull();
    expect(await expiresOf(sessionToken)).toBeUndefined();
  });

  it("refuses a tab's memory-only session and an unknown token", async () => {
    const { sessionToken } = await createSession(database.db, {
      userId,
      lifetimeMs: maxAge,
      memoryOnly: true,
    });
    expect(await cookieSessionViewer(database.db, sessionToken)).toBeNull();
    expect(await cookieSessionViewer(database.db, "no-such-session")).toBeNull();
  });
});
