import { LRUCache } from "lru-cache";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";

type Awaitable<T> = T | PromiseLike<T>;

// Every signed-in request looks its session up; most look up the same few sessions again
// within seconds. This process remembers each for a few seconds. Ending a session here
// (sign-out, renewal, forgetting a user's sessions) drops it at once; another server keeps its
// copy at most `sessionCacheTtlMs`, then reads the database again.

export const sessionCacheTtlMs = 5_000;

export type SessionAndUser = { session: AdapterSession; user: AdapterUser };

const globalForSessions = globalThis as typeof globalThis & {
  onshapeSessionCache?: LRUCache<string, SessionAndUser>;
  /** Counts forgets: a lookup that was under way across one must not store what it read. */
  onshapeSessionForgets?: number;
};

function remembered() {
  globalForSessions.onshapeSessionCache ??= new LRUCache<string, SessionAndUser>({
    max: 10_000,
    ttl: sessionCacheTtlMs,
  });
  return globalForSessions.onshapeSessionCache;
}

/** `lookUp`'s answer for a session token, from memory when this process read it seconds ago. */
export async function cachedSession(
  sessionToken: string,
  lookUp: (sessionToken: string) => Awaitable<SessionAndUser | null | undefined>,
): Promise<SessionAndUser | null> {
  const cache = remembered();
  const hit = cache.get(sessionToken);
  if (hit && hit.session.expires.getTime() > Date.now()) return hit;
  // A sign-out while this lookup is under way deletes the row after (or while) it is read: the
  // answer may be the ended session, so it is not kept for the next request.
  const forgetsBefore = globalForSessions.onshapeSessionForgets ?? 0;
  const found = (await lookUp(sessionToken)) ?? null;
  if (found && (globalForSessions.onshapeSessionForgets ?? 0) !== forgetsBefore) return found;
  if (found) {
    const ttl = Math.min(sessionCacheTtlMs, found.session.expires.getTime() - Date.now());
    if (ttl > 0) cache.set(sessionToken, found, { ttl });
  } else cache.delete(sessionToken);
  return found;
}

/** Forgets sessions in this process: one by its token, or every session of a user. */
export function forgetCachedSessions(which: { sessionToken: string } | { userId: string }): void {
  globalForSessions.onshapeSessionForgets = (globalForSessions.onshapeSessionForgets ?? 0) + 1;
  const cache = remembered();
  if ("sessionToken" in which) {
    cache.delete(which.sessionToken);
    return;
  }
  for (const [token, entry] of cache.entries()) {
    if (entry.user.id === which.userId) cache.delete(token);
  }
}

type SessionMethods = Pick<
  Adapter,
  "getSessionAndUser" | "deleteSession" | "updateSession" | "deleteUser"
>;

/** The adapter with its session lookups remembered, and forgotten by whatever ends them. */
export function withSessionCache<A extends SessionMethods>(adapter: A): A {
  const { getSessionAndUser, deleteSession, updateSession, deleteUser } = adapter;
  return {
    ...adapter,
    ...(getSessionAndUser && {
      getSessionAndUser: (sessionToken: string) => cachedSession(sessionToken, getSessionAndUser),
    }),
    ...(deleteSession && {
      deleteSession: (sessionToken: string) => {
        forgetCachedSessions({ sessionToken });
        return deleteSession(sessionToken);
      },
    }),
    ...(updateSession && {
      updateSession: (session: Parameters<typeof updateSession>[0]) => {
        forgetCachedSessions({ sessionToken: session.sessionToken });
        return updateSession(session);
      },
    }),
    ...(deleteUser && {
      deleteUser: (userId: string) => {
        forgetCachedSessions({ userId });
        return deleteUser(userId);
      },
    }),
  };
}
