import { beforeEach, describe, expect, it, vi } from "vitest";
import { gearboxIds as g } from "@/emulator/seed";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { createModelService } from "@/lib/onshape/model/model-service";
import type { ModelTarget } from "@/lib/onshape/model/model-key";
import { setUpAuthHarness, setUpTestDatabase, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

// Regression: a server asking for an assembly's progress read "no model stored", then another
// server stored the model and deleted the job, and the first answered "none" for a model that
// was ready (seen as a flaky two-process test). The hook runs between the two reads.

const after = vi.hoisted(() => ({ storeSize: undefined as (() => Promise<void>) | undefined }));

vi.mock("@/lib/onshape/model/model-store", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/onshape/model/model-store")>();
  return {
    ...real,
    createModelStore: (...args: Parameters<typeof real.createModelStore>) => {
      const store = real.createModelStore(...args);
      return {
        ...store,
        size: async (...sizeArgs: Parameters<typeof store.size>) => {
          const size = await store.size(...sizeArgs);
          const hook = after.storeSize;
          after.storeSize = undefined;
          await hook?.();
          return size;
        },
      };
    },
  };
});

const ada = seededUsers[0]!;
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database);
let harness: AuthHarness;
let userId: string;

beforeEach(async () => {
  harness = harnesses.current;
  await harness.signIn(ada.id);
  const [row] = await database.db.select().from(accounts);
  userId = row!.userId;
});

function server() {
  const onshape = testOnshapeClient(database.db, harness.emulator.url);
  return createModelService(database.db, {
    clientFor: (id) => onshape.forUser(id),
    firstPollDelayMs: 50,
  });
}

describe("an assembly's progress", () => {
  it("is ready when another server finished the job between its two reads", async () => {
    await control(harness.emulator.url, "/config", { translationActiveMs: 20 });
    const [first, other] = [server(), server()];
    const target: ModelTarget = {
      ref: { documentId: g.document, wvm: "v", wvmId: g.versionV2, elementId: g.topAssembly },
      kind: "ASSEMBLY",
      configuration: "",
    };
    const { snapshot } = await first.start(userId, target);
    await new Promise((resolve) => setTimeout(resolve, 150));
    let finishedElsewhere = "";
    after.storeSize = async () => {
      finishedElsewhere = (await other.status(userId, target, snapshot)).state;
    };
    const status = await first.status(userId, target, snapshot);
    expect(finishedElsewhere).toBe("ready");
    expect(status).toMatchObject({ state: "ready" });
  });
});
