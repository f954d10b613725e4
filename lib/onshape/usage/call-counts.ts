import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { onshapeCallCounts } from "@/lib/db/schema";

/** Calls one account made on one UTC day, and the last X-Rate-Limit-Remaining seen then. */
export type CallTally = {
  userId: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  calls: number;
  remaining?: { value: number; seenAt: Date };
};

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Adds the tallies to the stored counts. Increments commute, so any number of servers may add
 * at once and no count is lost; the remaining figure seen last (by time) wins.
 */
export async function addCallCounts(db: Database, tallies: readonly CallTally[]): Promise<void> {
  if (tallies.length === 0) return;
  const t = onshapeCallCounts;
  await db
    .insert(t)
    .values(
      tallies.map((tally) => ({
        userId: tally.userId,
        day: tally.day,
        calls: tally.calls,
        rateLimitRemaining: tally.remaining?.value ?? null,
        rateLimitSeenAt: tally.remaining?.seenAt ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: [t.userId, t.day],
      set: {
        calls: sql`${t.calls} + excluded.calls`,
        rateLimitRemaining: sql`case when excluded.rate_limit_seen_at is not null and (${t.rateLimitSeenAt} is null or excluded.rate_limit_seen_at > ${t.rateLimitSeenAt}) then excluded.rate_limit_remaining else ${t.rateLimitRemaining} end`,
        // greatest() skips nulls.
        rateLimitSeenAt: sql`greatest(${t.rateLimitSeenAt}, excluded.rate_limit_seen_at)`,
      },
    });
}
