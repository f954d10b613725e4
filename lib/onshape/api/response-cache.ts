import { and, eq, gt, lt, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Database } from "@/lib/db/open";
import { onshapeResponseCache } from "@/lib/db/schema";
import { onshapeIdSource } from "../ids";

// Onshape answers kept per account (access differs between users). Data read at a version (v)
// or microversion (m) never changes: it goes to the database, shared by all app processes, for a
// day (bounding how long lost access could still show it). Everything else is kept in process
// memory for a few seconds, so a repeat view is free but workspace edits show up almost at once.

export type ResponseCacheOptions = {
  immutableTtlSec?: number;
  mutableTtlSec?: number;
  /** Per account: the oldest entries go once an account holds more than this. */
  maxBytesPerAccount?: number;
  /** Bound of the in-process copy across all accounts, keys included. */
  memoryBytes?: number;
};

export type CachedResponse = { body: Uint8Array; contentType: string };

export type ResponseCache = ReturnType<typeof createResponseCache>;

const immutablePath = new RegExp(`/d/${onshapeIdSource}/[vm]/${onshapeIdSource}(/|$)`);
// Expired entries are swept on writes, at most this often: no timer outlives a request.
const sweepEveryMs = 10_000;

export function isImmutableUrl(url: string): boolean {
  return immutablePath.test(new URL(url).pathname);
}

export function createResponseCache(db: Database, options: ResponseCacheOptions = {}) {
  const immutableTtlMs = (options.immutableTtlSec ?? 24 * 60 * 60) * 1000;
  const mutableTtlMs = (options.mutableTtlSec ?? 10) * 1000;
  const maxBytes = options.maxBytesPerAccount ?? 8 * 1024 * 1024;
  const entry = (userId: string, url: string) =>
    and(eq(onshapeResponseCache.userId, userId), eq(onshapeResponseCache.url, url));
  const memory = new LRUCache<string, CachedResponse>({
    maxSize: options.memoryBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (value, key) =>
      value.body.byteLength + 2 * (key.length + value.contentType.length),
    ttlAutopurge: false,
  });
  let lastSweep = Date.now();
  const remember = (key: string, value: CachedResponse, ttlMs: number) => {
    memory.set(key, value, { ttl: ttlMs });
    if (Date.now() - lastSweep < sweepEveryMs) return;
    lastSweep = Date.now();
    memory.purgeStale();
  };

  return {
    /**
     * Drops every account's answers read in this workspace: after a write they are stale. Only
     * this process holds workspace answers (they are never stored in the database).
     */
    forgetWorkspace(documentId: string, workspaceId: string): void {
      const inWorkspace = `/d/${documentId}/w/${workspaceId}/`;
      for (const key of [...memory.keys()]) {
        if (key.includes(inWorkspace)) memory.delete(key);
      }
    },

    async get(userId: string, url: string): Promise<CachedResponse | null> {
      const key = `${userId} ${url}`;
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
      remember(key, found, hit.expiresAt.getTime() - Date.now());
      return found;
    },

    async put(userId: string, url: string, body: Uint8Array, contentType: string): Promise<void> {
      if (body.byteLength > maxBytes / 4) return;
      const immutable = isImmutableUrl(url);
      remember(
        `${userId} ${url}`,
        { body, contentType },
        immutable ? immutableTtlMs : mutableTtlMs,
      );
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
