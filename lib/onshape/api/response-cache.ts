import { and, eq, gt, lt, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Database } from "@/lib/db/open";
import { onshapeResponseCache } from "@/lib/db/schema";
import { onForgetAccountMemory } from "../account-memory";

// Onshape answers kept per account (access differs between users). Immutable ones (read at a
// version or microversion, or at a workspace's microversion: cache-policy.ts) go to the
// database, shared by all app processes, for a day (bounding how long lost access could still
// show them). Everything else is kept in process memory for a few seconds.
// The database row is the truth: a process keeps its copy of one for a few seconds only, so an
// account's answers deleted on one server (forgetAccount) stop being served on every server.

export type ResponseCacheOptions = {
  immutableTtlSec?: number;
  mutableTtlSec?: number;
  /** How long this process serves its copy of a database row before reading the row again. */
  memoryCopySec?: number;
  /** Per account: the oldest entries go once an account holds more than this. */
  maxBytesPerAccount?: number;
  /** Bound of the in-process copy across all accounts, keys included. */
  memoryBytes?: number;
};

export type CachedResponse = { body: Uint8Array; contentType: string };

export type CacheEntry = CachedResponse & {
  userId: string;
  /** What the answer is kept under: its URL, or more (cache-policy.ts). */
  key: string;
  /** Kept a day in the database rather than seconds in this process. */
  immutable: boolean;
  /** When the call that read the answer left (Date.now()). */
  startedAt?: number;
};

export type ResponseCache = ReturnType<typeof createResponseCache>;

// Expired entries are swept on writes, at most this often: no timer outlives a request.
const sweepEveryMs = 10_000;

const keyOf = (userId: string, url: string) => `${userId} ${url}`;

export function createResponseCache(db: Database, options: ResponseCacheOptions = {}) {
  const immutableTtlMs = (options.immutableTtlSec ?? 24 * 60 * 60) * 1000;
  const mutableTtlMs = (options.mutableTtlSec ?? 10) * 1000;
  const memoryCopyMs = (options.memoryCopySec ?? 5) * 1000;
  const maxBytes = options.maxBytesPerAccount ?? 8 * 1024 * 1024;
  const entry = (userId: string, url: string) =>
    and(eq(onshapeResponseCache.userId, userId), eq(onshapeResponseCache.url, url));
  const memory = new LRUCache<string, CachedResponse>({
    maxSize: options.memoryBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (value, key) =>
      value.body.byteLength + 2 * (key.length + value.contentType.length),
    ttlAutopurge: false,
  });
  // When each account was last forgotten here: an answer whose call started before that is
  // not stored (it was read with the grant that just ended).
  const forgottenAt = new LRUCache<string, number>({ max: 10_000 });
  let lastSweep = Date.now();
  const remember = (key: string, value: CachedResponse, ttlMs: number) => {
    memory.set(key, value, { ttl: ttlMs });
    if (Date.now() - lastSweep < sweepEveryMs) return;
    lastSweep = Date.now();
    memory.purgeStale();
  };
  const forgetInMemory = (userId: string) => {
    forgottenAt.set(userId, Date.now());
    const prefix = `${userId} `;
    for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
  };
  onForgetAccountMemory(forgetInMemory);

  return {
    /** `url`: what the answer is kept under (CacheEntry.key). */
    async get(userId: string, url: string): Promise<CachedResponse | null> {
      const key = keyOf(userId, url);
      const remembered = memory.get(key);
      if (remembered) return remembered;
      const [hit] = await db
        .select({
          body: onshapeResponseCache.body,
          contentType: onshapeResponseCache.contentType,
          expiresAt: onshapeResponseCache.expiresAt,
        })
        .from(onshapeResponseCache)
        .where(and(entry(userId, url), gt(onshapeResponseCache.expiresAt, new Date())));
      if (!hit) return null;
      const found = { body: new Uint8Array(hit.body), contentType: hit.contentType };
      remember(key, found, Math.min(memoryCopyMs, hit.expiresAt.getTime() - Date.now()));
      return found;
    },

    async put(answer: CacheEntry): Promise<void> {
      const { userId, key: url, body, contentType, immutable } = answer;
      if (body.byteLength > maxBytes / 4) return;
      if ((forgottenAt.get(userId) ?? -Infinity) >= (answer.startedAt ?? Date.now())) return;
      remember(keyOf(userId, url), { body, contentType }, immutable ? memoryCopyMs : mutableTtlMs);
      // Seconds-long answers stay in this process: writing them to the database would cost
      // more than the rare repeat view on another server saves.
      if (!immutable) return;
      const row = {
        userId,
        url,
        contentType,
        body,
        size: body.byteLength,
        // The database clock, with microseconds, so eviction order is exact.
        createdAt: sql`clock_timestamp()`,
        expiresAt: new Date(Date.now() + immutableTtlMs),
      };
      await db
        .insert(onshapeResponseCache)
        .values(row)
        .onConflictDoUpdate({
          target: [onshapeResponseCache.userId, onshapeResponseCache.url],
          set: row,
        });
      await evict(db, userId, maxBytes);
    },
  };
}

/**
 * Deletes every cached answer of an account: its database rows (so no server reads them again)
 * and the copies in this process's memory (other processes drop theirs within `memoryCopySec`).
 */
export async function deleteCachedAnswers(db: Database, userId: string): Promise<void> {
  await db.delete(onshapeResponseCache).where(eq(onshapeResponseCache.userId, userId));
}

/** Drops expired entries and, past the size bound, the account's oldest ones. */
async function evict(db: Database, userId: string, maxBytes: number): Promise<void> {
  const mine = eq(onshapeResponseCache.userId, userId);
  await db
    .delete(onshapeResponseCache)
    .where(and(mine, lt(onshapeResponseCache.expiresAt, new Date())));
  await db.execute(sql`
    delete from ${onshapeResponseCache}
    where ${mine} and ${onshapeResponseCache.url} in (
      select url from (
        select url, sum(size) over (order by created_at desc, url) as running
        from ${onshapeResponseCache} where ${mine}
      ) as newest_first
      where running > ${maxBytes}
    )`);
}
