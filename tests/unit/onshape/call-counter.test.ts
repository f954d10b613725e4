import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { openDatabase, type Database, type OpenedDatabase } from "@/lib/db/open";
import { addCallCounts, type CallTally } from "@/lib/onshape/usage/call-counts";
import { createCallCounter } from "@/lib/onshape/usage/call-counter";
import { readAccountUsage } from "@/lib/onshape/usage/account-usage";
import { setUpTestDatabase } from "../support/auth-harness";
import { createScratchDatabase, postgresAvailable } from "../support/postgres";

// The API budget's counter: calls add up in memory, are written as increments (never a write
// per call), survive a failed write, and sum exactly when several servers write at once.

const noon = new Date("2026-03-15T12:00:00Z");

/** A timer the test fires by hand. */
function manualTimer() {
  const timers: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => {
      timers.push(run);
      return () => timers.splice(timers.indexOf(run), 1);
    },
    fire: () => timers.splice(0).forEach((run) => run()),
    get armed() {
      return timers.length;
    },
  };
}

describe("the call counter in memory", () => {
  it("writes nothing per call, then one sum per account and day when its timer fires", async () => {
    const writes: CallTally[][] = [];
    const timer = manualTimer();
    const counter = createCallCounter({
      write: async (tallies) => void writes.push(tallies),
      now: () => noon,
      setTimer: timer.setTimer,
    });
    for (let i = 0; i < 5; i++) counter.count("ada", 9_000 - i);
    counter.count("bob");
    expect(writes).toEqual([]);
    expect(timer.armed).toBe(1);
    timer.fire();
    await counter.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toEqual([
      { userId: "ada", day: "2026-03-15", calls: 5, remaining: { value: 8_996, seenAt: noon } },
      { userId: "bob", day: "2026-03-15", calls: 1, remaining: undefined },
    ]);
    expect(counter.pendingCalls()).toBe(0);
  });

  it("keeps the counts of a failed write for the next one", async () => {
    let fail = true;
    const written: CallTally[] = [];
    const timer = manualTimer();
    const counter = createCallCounter({
      write: async (tallies) => {
        if (fail) throw new Error("database down");
        written.push(...tallies);
      },
      now: () => noon,
      setTimer: timer.setTimer,
    });
    counter.count("ada");
    counter.count("ada");
    await expect(counter.flush()).rejects.toThrow("database down");
    counter.count("ada");
    expect(counter.pendingCalls()).toBe(3);
    expect(timer.armed).toBe(1);
    fail = false;
    await counter.flush();
    expect(written).toEqual([{ userId: "ada", day: "2026-03-15", calls: 3 }]);
  });

  it("keeps what the write says it could not store", async () => {
    const counter = createCallCounter({
      write: async (tallies) => tallies.filter((tally) => tally.userId === "bob"),
      now: () => noon,
      setTimer: manualTimer().setTimer,
    });
    counter.count("ada");
    counter.count("bob");
    await counter.flush();
    expect(counter.pendingCalls()).toBe(1);
  });
});

async function seedUsers(db: Database) {
  await db.insert(users).values([{ id: "ada" }, { id: "bob" }]);
}

/** Two "servers", each with its own counter, counting and writing at the same time. */
async function countOnTwoServers(dbA: Database, dbB: Database) {
  const [a, b] = [dbA, dbB].map((db, server) =>
    createCallCounter({
      write: (tallies) => addCallCounts(db, tallies),
      now: () => new Date(noon.getTime() + server * 1000),
      setTimer: manualTimer().setTimer,
    }),
  );
  const rounds = Array.from({ length: 10 }, async (_, round) => {
    for (let i = 0; i < 7; i++) a!.count("ada", 5_000 - round);
    for (let i = 0; i < 3; i++) b!.count("ada", 4_000 - round);
    b!.count("bob");
    await Promise.all([a!.flush(), b!.flush()]);
  });
  await Promise.all(rounds);
}

describe("the stored counts (PGlite)", () => {
  const database = setUpTestDatabase(seedUsers);

  it("add up exactly when two counters write at once, the latest remaining figure kept", async () => {
    await countOnTwoServers(database.db, database.db);
    const ada = await readAccountUsage(database.db, "ada", noon);
    expect(ada).toMatchObject({ today: 100, month: 100, year: 100 });
    // Server b saw its figures a second later than server a.
    expect(ada.lastRemaining?.value).toBeGreaterThan(3_990);
    expect(ada.lastRemaining?.value).toBeLessThanOrEqual(4_000);
    expect(ada.lastRemaining?.seenAt.getTime()).toBe(noon.getTime() + 1000);
    expect(await readAccountUsage(database.db, "bob", noon)).toMatchObject({
      year: 10,
      lastRemaining: null,
    });
  });

  it("reports today, this month and this year from the UTC days", async () => {
    const db = database.db;
    await addCallCounts(db, [
      { userId: "ada", day: "2025-12-31", calls: 50 },
      { userId: "ada", day: "2026-01-02", calls: 4 },
      { userId: "ada", day: "2026-03-01", calls: 2 },
      { userId: "ada", day: "2026-03-15", calls: 3 },
      { userId: "bob", day: "2026-03-15", calls: 7 },
    ]);
    const usage = await readAccountUsage(db, "ada", noon);
    expect(usage).toMatchObject({ today: 3, month: 5, year: 9, lastRemaining: null });
    expect(usage.byMonth).toEqual([
      { month: "2026-01", calls: 4 },
      { month: "2026-02", calls: 0 },
      { month: "2026-03", calls: 5 },
    ]);
  });
});

const available = await postgresAvailable();

describe.skipIf(!available)("the stored counts (two pools on one Postgres)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let serverA: OpenedDatabase;
  let serverB: OpenedDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    serverA = await openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" });
    serverB = await openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" });
    await seedUsers(serverA.db);
  });
  afterAll(async () => {
    await serverA?.close();
    await serverB?.close();
    await scratch?.drop();
  });

  it("add up exactly when two servers write at once", async () => {
    await countOnTwoServers(serverA.db, serverB.db);
    const ada = await readAccountUsage(serverB.db, "ada", noon);
    expect(ada).toMatchObject({ today: 100, year: 100 });
    expect(ada.lastRemaining?.seenAt.getTime()).toBe(noon.getTime() + 1000);
    expect((await readAccountUsage(serverA.db, "bob", noon)).year).toBe(10);
  });
});
