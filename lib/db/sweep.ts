import { inArray, lt, sql } from "drizzle-orm";
import type { Database } from "./open";
import {
  onshapeCallCounts,
  onshapeResponseCache,
  rateLimits,
  sessions,
  tabTickets,
} from "./schema";

// Expired rows serve nobody: sessions past their expiry, tab tickets past their minute, cached
// Onshape answers past their day, rate-limit windows long over, API call counts from before last
// year (the account page shows this calendar year; last year's stay for a look back). A periodic sweep deletes them
// so the tables do not grow for months. Each run deletes at most `batch` rows per table and
// `rounds` batches; rows another server is deleting at that moment are skipped, not waited for
// (SKIP LOCKED), so every server may sweep at once.

export type SweepCounts = {
  sessions: number;
  tickets: number;
  cachedAnswers: number;
  rateLimits: number;
  callCounts: number;
};

/** Rate-limit windows are a minute long; older counters are never read again. */
const rateLimitKeepMs = 10 * 60_000;

type Options = { now?: Date; batch?: number; rounds?: number };

export async function sweepExpired(
  db: Database,
  { now = new Date(), batch = 500, rounds = 10 }: Options = {},
): Promise<SweepCounts> {
  const skipLocked = { skipLocked: true } as const;
  const oldWindows = new Date(now.getTime() - rateLimitKeepMs);
  const lastYearStart = `${now.getUTCFullYear() - 1}-01-01`;
  const deleters: Record<keyof SweepCounts, () => Promise<unknown[]>> = {
    sessions: () =>
      db
        .delete(sessions)
        .where(
          inArray(
            sessions.sessionToken,
            db
              .select({ token: sessions.sessionToken })
              .from(sessions)
              .where(lt(sessions.expires, now))
              .limit(batch)
              .for("update", skipLocked),
          ),
        )
        .returning({ token: sessions.sessionToken }),
    tickets: () =>
      db
        .delete(tabTickets)
        .where(
          inArray(
            tabTickets.ticketHash,
            db
              .select({ hash: tabTickets.ticketHash })
              .from(tabTickets)
              .where(lt(tabTickets.expiresAt, now))
              .limit(batch)
              .for("update", skipLocked),
          ),
        )
        .returning({ hash: tabTickets.ticketHash }),
    cachedAnswers: () => {
      const expired = db
        .select({ userId: onshapeResponseCache.userId, url: onshapeResponseCache.url })
        .from(onshapeResponseCache)
        .where(lt(onshapeResponseCache.expiresAt, now))
        .limit(batch)
        .for("update", skipLocked);
      return db
        .delete(onshapeResponseCache)
        .where(sql`(${onshapeResponseCache.userId}, ${onshapeResponseCache.url}) in ${expired}`)
        .returning({ url: onshapeResponseCache.url });
    },
    rateLimits: () => {
      const over = db
        .select({ key: rateLimits.key, windowStart: rateLimits.windowStart })
        .from(rateLimits)
        .where(lt(rateLimits.windowStart, oldWindows))
        .limit(batch)
        .for("update", skipLocked);
      return db
        .delete(rateLimits)
        .where(sql`(${rateLimits.key}, ${rateLimits.windowStart}) in ${over}`)
        .returning({ key: rateLimits.key });
    },
    callCounts: () => {
      const t = onshapeCallCounts;
      const old = db
        .select({ userId: t.userId, day: t.day })
        .from(t)
        .where(lt(t.day, lastYearStart))
        .limit(batch)
        .for("update", skipLocked);
      return db
        .delete(t)
        .where(sql`(${t.userId}, ${t.day}) in ${old}`)
        .returning({ day: t.day });
    },
  };
  const counts: SweepCounts = {
    sessions: 0,
    tickets: 0,
    cachedAnswers: 0,
    rateLimits: 0,
    callCounts: 0,
  };
  for (const name of Object.keys(deleters) as (keyof SweepCounts)[]) {
    for (let round = 0; round < rounds; round++) {
      const deleted = (await deleters[name]()).length;
      counts[name] += deleted;
      if (deleted < batch) break;
    }
  }
  return counts;
}

const sweepEveryMs = 10 * 60_000;

/** Sweeps now and then every ten minutes (with jitter, so servers spread out); never keeps the process alive. */
export function scheduleSweeps(getDb: () => Promise<Database>): void {
  const run = async () => {
    try {
      const counts = await sweepExpired(await getDb());
      if (Object.values(counts).some((count) => count > 0)) {
        console.info(`[sweep] deleted expired rows: ${JSON.stringify(counts)}`);
      }
    } catch (error) {
      console.error(`[sweep] failed, next run in ten minutes: ${(error as Error).message}`);
    }
  };
  const jitter = () => Math.floor(Math.random() * 60_000);
  setTimeout(() => void run(), jitter()).unref();
  setInterval(() => void run(), sweepEveryMs + jitter()).unref();
}
