import "server-only";
import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db/open";
import { authAdapter } from "./adapter";
import type { Viewer } from "./viewer";

// Sessions are Auth.js database sessions. Besides Auth.js's own (made at sign-in), a redeemed tab
// ticket opens one: the same rows, sign-out and cascade rules, whether its token then sits in a
// cookie or, where the browser refuses every cookie in the tab, only in that tab's memory.

/** Auth.js's lifetime for cookie sessions, renewed when a day old. */
export const sessionMaxAgeSec = 30 * 24 * 60 * 60;
export const sessionUpdateAgeSec = 24 * 60 * 60;
/** A session held in a tab's memory lives about as long as a working day in one document. */
export const frameSessionLifetimeMs = 8 * 60 * 60 * 1000;

export async function createSession(
  db: Database,
  { userId, lifetimeMs, now = new Date() }: { userId: string; lifetimeMs: number; now?: Date },
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + lifetimeMs);
  await authAdapter(db).createSession({ sessionToken, userId, expires });
  return { sessionToken, expires };
}

/** The user of a live session, or null when it is unknown, signed out or expired. */
export async function findSessionViewer(
  db: Database,
  sessionToken: string,
  now = new Date(),
): Promise<Viewer | null> {
  const found = await authAdapter(db).getSessionAndUser(sessionToken);
  if (!found || found.session.expires.getTime() <= now.getTime()) return null;
  return { id: found.user.id, name: found.user.name ?? null };
}
