import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { sessions, users } from "@/lib/db/schema";
import { authAdapter } from "./adapter";
import type { Viewer } from "./viewer";

// Sessions are Auth.js database sessions. Besides Auth.js's own (made at sign-in), a redeemed tab
// ticket opens one: the same rows and sign-out rules, whether its token then sits in a cookie
// or, where the browser refuses every cookie in the tab, only in that tab's memory. A
// memory-only session keeps the lifetime it was created with: nothing renews it, and Auth.js's
// cookie path refuses it (lib/auth/adapter.ts).

/** Auth.js's lifetime for cookie sessions, renewed when a day old. */
export const sessionMaxAgeSec = 30 * 24 * 60 * 60;
export const sessionUpdateAgeSec = 24 * 60 * 60;
/** A session held in a tab's memory lives about as long as a working day in one document. */
export const frameSessionLifetimeMs = 8 * 60 * 60 * 1000;

export async function createSession(
  db: Database,
  {
    userId,
    lifetimeMs,
    memoryOnly = false,
    now = new Date(),
  }: { userId: string; lifetimeMs: number; memoryOnly?: boolean; now?: Date },
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + lifetimeMs);
  const row = { sessionToken, userId, expires, memoryOnly };
  await authAdapter(db).createSession(row);
  return { sessionToken, expires };
}

/**
 * The user of a live memory-only session (the token a tab holds in memory), or null when it is
 * unknown, signed out, expired, or a cookie session's token.
 */
export async function findSessionViewer(
  db: Database,
  sessionToken: string,
  now = new Date(),
): Promise<Viewer | null> {
  const [found] = await db
    .select({ id: users.id, name: users.name, expires: sessions.expires })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), eq(sessions.memoryOnly, true)));
  if (!found || found.expires.getTime() <= now.getTime()) return null;
  return { id: found.id, name: found.name ?? null };
}
