import { beforeEach, describe, expect, it, vi } from "vitest";
import { gearboxIds as g } from "@/emulator/seed";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { createResponseCache } from "@/lib/onshape/api/response-cache";
import { withRequestMemo } from "@/lib/onshape/request-memo";
import { setUpAuthHarness, setUpTestDatabase, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

// Issue 17: workspace answers are kept under the workspace's microversion, learned alongside
// them; concurrent identical reads share one call. Each `view` is one request (its own memo).

const [ada, grace] = [seededUsers[0]!, seededUsers[1]!];
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database);
let harness: AuthHarness;
const userIds: Record<string, string> = {};

beforeEach(async () => {
  harness = harnesses.current;
  for (const user of [ada, grace]) {
    // Each in a browser of their own: a sign-in on top of another user's session ends it.
    harness.jar.clear();
    await harness.signIn(user.id);
    const rows = await database.db.select().from(accounts);
    userIds[user.id] = rows.find((row) => row.providerAccountId === user.id)!.userId;
  }
});

type Client = ReturnType<ReturnType<typeof testOnshapeClient>["forUser"]>;
const path = { did: g.document, wvm: "w" as const, wvmid: g.workspace, eid: g.partStudio };
const massOfHousing = (client: Client) =>
  client
    .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
      params: { path, query: { massAsGroup: false } },
    })
    .then((result) => result.data?.bodies?.JHD?.mass?.[0]);
const calls = () => ({ ...harness.emulator.state.counters.calls });
const view = <T>(load: () => Promise<T>) => withRequestMemo(load);

function clients() {
  const cache = createResponseCache(database.db);
  const stack = testOnshapeClient(database.db, harness.emulator.url, cache);
  return {
    ada: stack.forUser(userIds[ada.id]!),
    grace: stack.forUser(userIds[grace.id]!),
    microversion: stack.workspaceMicroversion,
  };
}

describe("workspace reads", () => {
  it("cost one call (the microversion) once stored, and an edit shows on the next view", async () => {
    const app = clients();
    expect(await view(() => massOfHousing(app.ada))).toBeCloseTo(1.08);
    await view(() => massOfHousing(app.ada));
    await vi.waitFor(async () =>
      expect(await database.db.query.onshapeResponseCache.findMany()).toHaveLength(1),
    );
    const before = calls();
    expect(await view(() => massOfHousing(app.ada))).toBeCloseTo(1.08);
    expect(calls().getPartStudioMassProperties).toBe(before.getPartStudioMassProperties);
    expect(calls().getCurrentMicroversion).toBe((before.getCurrentMicroversion ?? 0) + 1);

    await control(harness.emulator.url, "/edit-part", {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHD",
      materialId: "Steel",
    });
    expect(await view(() => massOfHousing(app.ada))).toBeCloseTo(3.14);
    const afterEdit = calls();
    expect(await view(() => massOfHousing(app.ada))).toBeCloseTo(3.14);
    expect(calls().getPartStudioMassProperties).toBe(afterEdit.getPartStudioMassProperties);
  });

  it("tell the page's 3D view the microversion they were read at, with no call of its own", async () => {
    const app = clients();
    await view(() => massOfHousing(app.ada));
    const before = calls().getCurrentMicroversion ?? 0;
    const [, microversion] = await view(() =>
      Promise.all([
        massOfHousing(app.ada),
        app.microversion(userIds[ada.id]!, { documentId: g.document, workspaceId: g.workspace }),
      ]),
    );
    expect(calls().getCurrentMicroversion).toBe(before + 1);
    const current = (await control(harness.emulator.url, "/edit-part", {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHD",
      name: "Gehäuse neu",
    })) as { microversionId: string };
    expect(microversion).not.toBe(current.microversionId);
    const after = await view(() =>
      app.microversion(userIds[ada.id]!, { documentId: g.document, workspaceId: g.workspace }),
    );
    expect(after).toBe(current.microversionId);
  });

  it("are stored only when the workspace was seen at that microversion before the call left", async () => {
    const app = clients();
    // Grace's first view: nobody saw this workspace yet, so her answer cannot be stored.
    await view(() => massOfHousing(app.grace));
    // Ada's first view: the workspace was seen (by Grace's lookup) before her call left.
    await view(() => massOfHousing(app.ada));
    const stored = calls().getPartStudioMassProperties;
    expect(stored).toBe(2);
    await vi.waitFor(async () =>
      expect(await database.db.query.onshapeResponseCache.findMany()).toHaveLength(1),
    );
    await view(() => massOfHousing(app.ada));
    expect(calls().getPartStudioMassProperties).toBe(2);
  });

  it("that run at the same time share one call", async () => {
    const app = clients();
    const masses = await Promise.all(
      Array.from({ length: 10 }, () => view(() => massOfHousing(app.ada))),
    );
    expect(masses.every((mass) => Math.abs(mass! - 1.08) < 1e-9)).toBe(true);
    expect(calls().getPartStudioMassProperties).toBe(1);
  });

  it("look the microversion up once per view, however many reads it makes", async () => {
    const app = clients();
    await view(() => Promise.all([massOfHousing(app.ada), massOfHousing(app.ada)]));
    await view(async () => {
      await massOfHousing(app.ada);
      await massOfHousing(app.ada);
    });
    expect(calls().getCurrentMicroversion).toBe(2);
  });
});
