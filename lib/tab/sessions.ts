import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { sessions, users } from "@/lib/db/schema";

// Sessions a redeemed tab ticket opens. They are ordinary Auth.js database sessions: the same
// sign-out, expiry and cascade rules apply, whether the token then sits in a cookie or, where
// the browser refuses every cookie in the tab, only in that tab's memory.

/** Auth.js's own lifetime for cookie sessions (lib/auth/config.ts). */
export const cookieSessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** A session held in a tab's memory lives about as long as a working day in one document. */
export const frameSessionLifetimeMs = 8 * 60 * 60 * 1000;

export type TabViewer = { id: string; name: string | null };

export async function createSession(
  db: Database,
  userId: string,
  lifetimeMs: number,
  now = new Date(),
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + lifetimeMs);
  await db.insert(sessions).values({ sessionToken, userId, expires });
  return { sessionToken, expires };
}

/** The user of a live session, or null when it is unknown, signed out or expired. */
export async function findSessionUser(
  db: Database,
  sessionToken: string,
  now = new Date(),
): Promise<TabViewer | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, now)));
  return row ?? null;
}
