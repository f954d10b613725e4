import { describe, expect, it } from "vitest";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { control, testOnshapeClient } from "../support/onshape-client";
import { postgresAvailable } from "../support/postgres";
import { setUpTwoProcesses } from "../support/two-processes";

// Two app processes on one Postgres server: each has its own connection pool and its own
// in-process single-flight, so only the row lock keeps them from refreshing twice.

const available = await postgresAvailable();
const ada = seededUsers[0]!;

describe.skipIf(!available)("refresh across processes on one Postgres server", () => {
  const processes = setUpTwoProcesses();

  it("makes exactly one refresh grant for concurrent calls split across both", async () => {
    await control(processes.harness.emulator.url, "/config", { tokenLifetimeSec: 2 });
    await processes.harness.signIn(ada.id);
    const [row] = await processes.a.db.select().from(accounts);
    const a = testOnshapeClient(processes.a.db, processes.harness.emulator.url).forUser(
      row!.userId,
    );
    const b = testOnshapeClient(processes.b.db, processes.harness.emulator.url).forUser(
      row!.userId,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_100));

    const names = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).GET("/users/sessioninfo").then((r) => r.data?.name),
      ),
    );
    expect(names).toEqual(Array(20).fill(ada.name));
    expect(processes.harness.emulator.state.counters.grants.refresh_token).toBe(1);
    const [after] = await processes.b.db.select().from(accounts);
    expect(processes.harness.emulator.state.refreshTokens.has(after!.refresh_token!)).toBe(true);
  });
});
