import { describe, expect, it } from "vitest";
import {
  onshapeCallCounts,
  onshapeResponseCache,
  rateLimits,
  sessions,
  tabTickets,
  users,
} from "@/lib/db/schema";
import { sweepExpired } from "@/lib/db/sweep";
import { setUpTestDatabase } from "../support/auth-harness";

const userId = "user-ada";
const database = setUpTestDatabase(async (db) => {
  await db.delete(rateLimits);
  await db.insert(users).values({ id: userId, name: "Ada" });
});
const now = new Date("2026-06-01T12:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

async function seed(count: number, { expired }: { expired: boolean }) {
  const when = expired ? minutes(-5) : minutes(5);
  const db = database.db;
  for (let i = 0; i < count; i++) {
    const tag = `${expired ? "old" : "new"}-${i}`;
    await db.insert(sessions).values({ sessionToken: tag, userId, expires: when });
    await db
      .insert(tabTickets)
      .values({ ticketHash: tag, userId, nonceHash: tag, expiresAt: when });
    await db.insert(onshapeResponseCache).values({
      userId,
      url: `/api/v16/${tag}`,
      contentType: "application/json",
      body: new Uint8Array([1]),
      size: 1,
      expiresAt: when,
    });
    await db
      .insert(rateLimits)
      .values({ key: tag, windowStart: expired ? minutes(-30) : minutes(-1), count: 1 });
    // Before last year (2025) for the old ones; the kept ones run from 2025-01-01 on.
    const day = new Date(Date.UTC(expired ? 2024 : 2025, expired ? 11 : 0, 31 - i));
    await db.insert(onshapeCallCounts).values({
      userId,
      day: (expired ? day : new Date(Date.UTC(2025, 0, 1 + i * 200))).toISOString().slice(0, 10),
      calls: 1,
    });
  }
}

const remaining = async () => ({
  sessions: (await database.db.select().from(sessions)).length,
  tickets: (await database.db.select().from(tabTickets)).length,
  cachedAnswers: (await database.db.select().from(onshapeResponseCache)).length,
  rateLimits: (await database.db.select().from(rateLimits)).length,
  callCounts: (await database.db.select().from(onshapeCallCounts)).length,
});

describe("the sweep (regression: expired rows were never deleted)", () => {
  it("deletes expired sessions, tickets, cached answers, old rate-limit windows and call counts from before last year only", async () => {
    await seed(7, { expired: true });
    await seed(3, { expired: false });
    const counts = await sweepExpired(database.db, { now });
    expect(counts).toEqual({
      sessions: 7,
      tickets: 7,
      cachedAnswers: 7,
      rateLimits: 7,
      callCounts: 7,
    });
    expect(await remaining()).toEqual({
      sessions: 3,
      tickets: 3,
      cachedAnswers: 3,
      rateLimits: 3,
      callCounts: 3,
    });
  });

  it("does bounded work per run", async () => {
    await seed(7, { expired: true });
    const counts = await sweepExpired(database.db, { now, batch: 2, rounds: 2 });
    expect(counts).toEqual({
      sessions: 4,
      tickets: 4,
      cachedAnswers: 4,
      rateLimits: 4,
      callCounts: 4,
    });
    expect((await sweepExpired(database.db, { now })).sessions).toBe(3);
  });

  it("is safe to run on several servers at once", async () => {
    await seed(9, { expired: true });
    const runs = await Promise.all(
      [1, 2, 3].map(() => sweepExpired(database.db, { now, batch: 2 })),
    );
    expect(runs.reduce((sum, run) => sum + run.sessions, 0)).toBe(9);
    expect(await remaining()).toEqual({
      sessions: 0,
      tickets: 0,
      cachedAnswers: 0,
      rateLimits: 0,
      callCounts: 0,
    });
  });
});
