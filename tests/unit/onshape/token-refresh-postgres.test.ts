import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { openDatabase, type OpenedDatabase } from "@/lib/db/open";
import { startAuthHarness, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";
import { createScratchDatabase, postgresAvailable } from "../support/postgres";

// Two app processes on one Postgres server: each has its own connection pool and its own
// in-process single-flight, so only the row lock keeps them from refreshing twice.

const available = await postgresAvailable();
const ada = seededUsers[0]!;

describe.skipIf(!available)("refresh across processes on one Postgres server", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let processA: OpenedDatabase;
  let processB: OpenedDatabase;
  let harness: AuthHarness;

  beforeAll(async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    scratch = await createScratchDatabase();
    // Both "processes" migrate at start, as every app process does: the advisory lock makes
    // the second wait for the first.
    [processA, processB] = await Promise.all([
      openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" }),
      openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" }),
    ]);
    harness = await startAuthHarness(processA.db);
  });
  afterAll(async () => {
    await harness?.close();
    await processA?.close();
    await processB?.close();
    await scratch?.drop();
    vi.restoreAllMocks();
  });

  it("makes exactly one refresh grant for concurrent calls split across both", async () => {
    await control(harness.emulator.url, "/config", { tokenLifetimeSec: 2 });
    await harness.signIn(ada.id);
    const [row] = await processA.db.select().from(accounts);
    const a = testOnshapeClient(processA.db, harness.emulator.url).forUser(row!.userId);
    const b = testOnshapeClient(processB.db, harness.emulator.url).forUser(row!.userId);
    await new Promise((resolve) => setTimeout(resolve, 2_100));

    const names = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).GET("/users/sessioninfo").then((r) => r.data?.name),
      ),
    );
    expect(names).toEqual(Array(20).fill(ada.name));
    expect(harness.emulator.state.counters.grants.refresh_token).toBe(1);
    const [after] = await processB.db.select().from(accounts);
    expect(harness.emulator.state.refreshTokens.has(after!.refresh_token!)).toBe(true);
  });
});
