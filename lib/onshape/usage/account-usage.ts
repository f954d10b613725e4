import { and, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { onshapeCallCounts } from "@/lib/db/schema";
import { utcDay } from "./call-counts";

/** What the account page shows of a user's API budget. Calendar periods in UTC. */
export type AccountUsage = {
  today: number;
  month: number;
  year: number;
  /** Calls per month this year, January first (months without calls are 0). */
  byMonth: { month: string; calls: number }[];
  /** The last X-Rate-Limit-Remaining Onshape sent for this account, and when. */
  lastRemaining: { value: number; seenAt: Date } | null;
};

export async function readAccountUsage(
  db: Database,
  userId: string,
  now = new Date(),
): Promise<AccountUsage> {
  const t = onshapeCallCounts;
  const today = utcDay(now);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const month = sql<string>`to_char(${t.day}, 'YYYY-MM')`;
  const [months, [seen]] = await Promise.all([
    db
      .select({
        month,
        calls: sql<number>`sum(${t.calls})::int`,
        today: sql<number>`coalesce(sum(${t.calls}) filter (where ${t.day} = ${today}), 0)::int`,
      })
      .from(t)
      .where(and(eq(t.userId, userId), gte(t.day, yearStart)))
      .groupBy(month),
    db
      .select({ value: t.rateLimitRemaining, seenAt: t.rateLimitSeenAt })
      .from(t)
      .where(and(eq(t.userId, userId), isNotNull(t.rateLimitSeenAt)))
      .orderBy(desc(t.rateLimitSeenAt))
      .limit(1),
  ]);
  const calls = new Map(months.map((row) => [row.month, row.calls]));
  const thisMonth = today.slice(0, 7);
  const byMonth = Array.from({ length: Number(today.slice(5, 7)) }, (_, index) => {
    const key = `${today.slice(0, 4)}-${String(index + 1).padStart(2, "0")}`;
    return { month: key, calls: calls.get(key) ?? 0 };
  });
  return {
    today: months.reduce((sum, row) => sum + row.today, 0),
    month: calls.get(thisMonth) ?? 0,
    year: months.reduce((sum, row) => sum + row.calls, 0),
    byMonth,
    lastRemaining:
      seen && seen.value !== null && seen.seenAt
        ? { value: seen.value, seenAt: seen.seenAt }
        : null,
  };
}
