import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { authAdapter } from "@/lib/auth/adapter";
import {
  cachedSession,
  forgetCachedSessions,
  sessionCacheTtlMs,
  type SessionAndUser,
} from "@/lib/auth/session-cache";
import { sessions, users } from "@/lib/db/schema";
import { setUpTestDatabase } from "../support/auth-harness";

const userId = "user-grace";
const database = setUpTestDatabase((db) =>
  db.insert(users).values({ id: userId, name: "Grace Hopper" }),
);

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

describe("the in-process session cache", () => {
  it("reads a session from the database once per few seconds", async () => {
    const lookUp = vi.fn(async (sessionToken: string) => ({
      session: { sessionToken, userId, expires: inAnHour() },
      user: { id: userId, name: null, email: "", emailVerified: null },
    }));
    await cachedSession("token-a", lookUp);
    await cachedSession("token-a", lookUp);
    expect(lookUp).toHaveBeenCalledTimes(1);
    await cachedSession("token-b", lookUp);
    expect(lookUp).toHaveBeenCalledTimes(2);
    forgetCachedSessions({ userId });
    await cachedSession("token-a", lookUp);
    expect(lookUp).toHaveBeenCalledTimes(3);
  });

  it("never keeps a session past its expiry, nor a miss", async () => {
    const lookUp = vi.fn(async () => null);
    expect(await cachedSession("token-c", lookUp)).toBeNull();
    expect(await cachedSession("token-c", lookUp)).toBeNull();
    expect(lookUp).toHaveBeenCalledTimes(2);
    const expired = vi.fn(async (sessionToken: string) => ({
      session: { sessionToken, userId, expires: new Date(Date.now() - 1) },
      user: { id: userId, name: null, email: "", emailVerified: null },
    }));
    await cachedSession("token-d", expired);
    await cachedSession("token-d", expired);
    expect(expired).toHaveBeenCalledTimes(2);
  });

  it("does not keep what a lookup read while a sign-out ended the session (regression)", async () => {
    let release = () => {};
    const slow = vi.fn(
      (sessionToken: string) =>
        new Promise<SessionAndUser>((resolve) => {
          release = () =>
            resolve({
              session: { sessionToken, userId, expires: inAnHour() },
              user: { id: userId, name: null, email: "", emailVerified: null },
            });
        }),
    );
    const during = cachedSession("token-race", slow);
    forgetCachedSessions({ userId });
    release();
    await during;
    const gone = vi.fn(async () => null);
    expect(await cachedSession("token-race", gone)).toBeNull();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it("sign-out on this server takes effect at once", async () => {
    const adapter = authAdapter(database.db);
    const sessionToken = "signed-out-here";
    await adapter.createSession({ sessionToken, userId, expires: inAnHour() });
    expect((await adapter.getSessionAndUser(sessionToken))?.user.id).toBe(userId);
    await adapter.deleteSession(sessionToken);
    expect(await adapter.getSessionAndUser(sessionToken)).toBeNull();
  });

  it("sign-out on another server takes effect here within seconds", async () => {
    const adapter = authAdapter(database.db);
    const sessionToken = "signed-out-elsewhere";
    await adapter.createSession({ sessionToken, userId, expires: inAnHour() });
    expect((await adapter.getSessionAndUser(sessionToken))?.user.id).toBe(userId);
    // Another server deletes the row: this one's copy lives on for at most the cache's TTL.
    await database.db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    await new Promise((resolve) => setTimeout(resolve, sessionCacheTtlMs + 100));
    expect(await adapter.getSessionAndUser(sessionToken)).toBeNull();
  });
});
