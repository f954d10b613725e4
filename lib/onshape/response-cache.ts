import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { onshapeResponseCache } from "@/lib/db/schema";

// Onshape answers kept per account (access differs between users). Data read at a version (v)
// or microversion (m) never changes: it goes to the database, shared by all app processes, for a
// day (bounding how long lost access could still show it). Everything else is kept in process
// memory for a few seconds, so a repeat view is free but workspace edits show up almost at once.

export type ResponseCacheOptions = {
  immutableTtlSec?: number;
  mutableTtlSec?: number;
  /** Per account: the oldest entries go once an account holds more than this. */
  maxBytesPerAccount?: number;
  /** Bound of the in-process copy, across all accounts. */
  memoryBytes?: number;
};

export type CachedResponse = { body: Uint8Array; contentType: string };

/** Least recently used out first, by total bytes; entries also expire like the table's. */
class MemoryCache {
  private readonly entries = new Map<string, CachedResponse & { expiresAt: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.drop(key);
    if (entry.expiresAt <= Date.now()) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    return entry;
  }

  set(key: string, value: CachedResponse, expiresAt: number): void {
    this.drop(key);
    this.entries.set(key, { ...value, expiresAt });
    this.bytes += value.body.byteLength;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.byteLength;
    this.entries.delete(key);
  }
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

const immutablePath = /\/d\/[0-9a-f]{24}\/[vm]\/[0-9a-f]{24}(\/|$)/;

export function isImmutableUrl(url: string): boolean {
  return immutablePath.test(new URL(url).pathname);
}

export function createResponseCache(db: Database, options: ResponseCacheOptions = {}) {
  const immutableTtl = options.immutableTtlSec ?? 24 * 60 * 60;
  const mutableTtl = options.mutableTtlSec ?? 10;
  const maxBytes = options.maxBytesPerAccount ?? 8 * 1024 * 1024;
  const entry = (userId: string, url: string) =>
    and(eq(onshapeResponseCache.userId, userId), eq(onshapeResponseCache.url, url));
  // A bounded in-process copy in front of the table: most repeat reads need no query at all.
  const memory = new MemoryCache(options.memoryBytes ?? 32 * 1024 * 1024);

  return {
    mutableTtlSec: mutableTtl,

    async get(userId: string, url: string): Promise<CachedResponse | null> {
      const remembered = memory.get(`${userId} ${url}`);
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
      memory.set(`${userId} ${url}`, found, hit.expiresAt.getTime());
      return found;
    },

    async put(userId: string, url: string, body: Uint8Array, contentType: string): Promise<void> {
      if (body.byteLength > maxBytes / 4) return;
      const immutable = isImmutableUrl(url);
      const ttl = immutable ? immutableTtl : mutableTtl;
      memory.set(`${userId} ${url}`, { body, contentType }, Date.now() + ttl * 1000);
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
        expiresAt: new Date(Date.now() + ttl * 1000),
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
