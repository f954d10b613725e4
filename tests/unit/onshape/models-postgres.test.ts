import { describe, expect, it } from "vitest";
import { gearboxIds as g } from "@/emulator/seed";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { createModelService } from "@/lib/onshape/model/model-service";
import type { ModelTarget } from "@/lib/onshape/model/model-key";
import { control, testOnshapeClient } from "../support/onshape-client";
import { postgresAvailable } from "../support/postgres";
import { setUpTwoProcesses } from "../support/two-processes";

// Two app processes on one Postgres server, each with its own pool: the same assembly asked
// for on both at once starts one translation, and either can finish it.

const available = await postgresAvailable();
const ada = seededUsers[0]!;

describe.skipIf(!available)("assembly translations across processes on one Postgres", () => {
  const processes = setUpTwoProcesses();

  it("starts one translation for simultaneous requests and stores one model", async () => {
    await control(processes.harness.emulator.url, "/config", { translationActiveMs: 300 });
    await processes.harness.signIn(ada.id);
    const [row] = await processes.a.db.select().from(accounts);
    const userId = row!.userId;
    const [a, b] = [processes.a, processes.b].map((database) => {
      const onshape = testOnshapeClient(database.db, processes.harness.emulator.url);
      return createModelService(database.db, {
        clientFor: (id) => onshape.forUser(id),
        firstPollDelayMs: 100,
      });
    });
    const target: ModelTarget = {
      ref: { documentId: g.document, wvm: "v", wvmId: g.versionV2, elementId: g.topAssembly },
      kind: "ASSEMBLY",
      configuration: "",
    };
    await control(processes.harness.emulator.url, "/counters/reset");
    const started = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).start(userId, target)),
    );
    expect(processes.harness.emulator.state.counters.calls.translateFormat).toBe(1);
    for (const answer of started) expect(["queued", "exporting", "ready"]).toContain(answer.state);

    const snapshot = `v:${g.versionV2}`;
    const settled = async (service: typeof a) => {
      for (let i = 0; i < 200; i++) {
        const status = await service!.status(userId, target, snapshot);
        if (status.state !== "exporting" && status.state !== "queued") return status.state;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return "never";
    };
    expect(await Promise.all([settled(a), settled(b)])).toEqual(["ready", "ready"]);
    expect(processes.harness.emulator.state.counters.calls.downloadExternalData).toBe(1);
    expect(await b!.file(userId, target, snapshot)).not.toBeNull();
  });
});
