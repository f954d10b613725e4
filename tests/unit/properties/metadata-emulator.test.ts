import { beforeEach, describe, expect, it, vi } from "vitest";
import { gearboxIds as g } from "@/emulator/seed";
import { railIds as r } from "@/emulator/seed/configured-rail";
import { propertyIds as p } from "@/emulator/seed/properties";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { createResponseCache } from "@/lib/onshape/api/response-cache";
import { getPartProperties, updatePartProperties } from "@/lib/onshape/part-metadata";
import { withRequestMemo } from "@/lib/onshape/request-memo";
import type { ElementRef, PartProperties } from "@/lib/onshape/types";
import { applyImport } from "@/lib/properties/apply-import";
import { setUpAuthHarness, setUpTestDatabase } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

// The metadata data layer and the import's apply against the local Onshape, through the app's
// own transport and response cache: paged reads, batched writes, and a write seen on the next
// view by the workspace's new microversion alone.

const client: { current?: ReturnType<typeof testOnshapeClient> } = {};
vi.mock("@/lib/onshape/api/client", async (original) => ({
  ...(await original<typeof import("@/lib/onshape/api/client")>()),
  onshapeClient: (userId: string) => client.current!.forUser(userId),
}));

const ada = seededUsers[0]!;
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database, { scopes: "OAuth2ReadPII OAuth2Read OAuth2Write" });
let userId = "";
const ref: ElementRef = {
  documentId: g.document,
  wvm: "w",
  wvmId: g.workspace,
  elementId: g.partStudio,
};
const emulator = (path: string, body: unknown) =>
  control(harnesses.current.emulator.url, path, body);
const calls = () => ({ ...harnesses.current.emulator.state.counters.calls });
const writes = () => ({ ...harnesses.current.emulator.state.counters.documentWrites });
const partNumbers = async () =>
  (await withRequestMemo(() => getPartProperties(userId, ref, { fresh: true }))).map(
    (part) => part.properties.find((x) => x.propertyId === p.partNumber)?.value,
  );

beforeEach(async () => {
  const harness = harnesses.current;
  client.current = testOnshapeClient(
    database.db,
    harness.emulator.url,
    createResponseCache(database.db),
  );
  await harness.signIn(ada.id);
  const rows = await database.db.select().from(accounts);
  userId = rows.find((row) => row.providerAccountId === ada.id)!.userId;
});

describe("getPartProperties", () => {
  it("follows Onshape's next pages until the last", async () => {
    await emulator("/config", { metadataPageSize: 2 });
    const parts = await withRequestMemo(() => getPartProperties(userId, ref));
    expect(parts.map((part) => part.partId)).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
    expect(calls().getWMVEPsMetadata).toBe(3);
  });
});

describe("the app's own write", () => {
  it("is seen on the next view through the workspace's new microversion (nothing forgotten by hand)", async () => {
    const view = () =>
      withRequestMemo(() => getPartProperties(userId, ref)).then(
        (parts) => parts[0]!.properties.find((x) => x.propertyId === p.partNumber)?.value,
      );
    expect(await view()).toBe("GX-200-001");
    // Stored once the workspace was seen at its microversion before the read left.
    await view();
    await vi.waitFor(async () =>
      expect(await database.db.query.onshapeResponseCache.findMany()).not.toHaveLength(0),
    );
    const before = calls().getWMVEPsMetadata ?? 0;
    expect(await view()).toBe("GX-200-001");
    expect(calls().getWMVEPsMetadata).toBe(before);

    await withRequestMemo(() =>
      updatePartProperties(userId, {
        ref,
        partId: "JHD",
        values: [{ propertyId: p.partNumber, value: "GX-OWN-1" }],
      }),
    );
    expect(await view()).toBe("GX-OWN-1");
    expect(calls().getWMVEPsMetadata).toBe(before + 1);
  });
});

describe("a configured Part Studio", () => {
  it("is read and written in the configuration its parts were shown in", async () => {
    const rail: ElementRef = {
      documentId: r.document,
      wvm: "w",
      wvmId: r.workspace,
      elementId: r.partStudio,
    };
    const read = (at: ElementRef) => withRequestMemo(() => getPartProperties(userId, at));
    const value = (parts: PartProperties[], partId: string, name: string) =>
      parts.find((x) => x.partId === partId)?.properties.find((x) => x.name === name)?.value;
    const byDefault = await read(rail);
    expect(byDefault.map((x) => x.partId)).toEqual(["JRD", "JRH", "JRL", "JRP"]);
    expect(value(byDefault, "JRD", "Mass")).toBe(0.216);
    // The configuration's own parts and computed values, not the default's.
    const at400 = { ...rail, configuration: `${r.length}=_400_mm;EndCaps=false` };
    const configured = await read(at400);
    expect(configured.map((x) => x.partId)).toEqual(["JRD", "JRH"]);
    expect(value(configured, "JRD", "Mass")).toBe(0.432);

    await withRequestMemo(() =>
      updatePartProperties(userId, {
        ref: at400,
        partId: "JRD",
        values: [{ propertyId: p.description, value: "Zuschnitt 400" }],
      }),
    );
    expect(writes()).toEqual({ updateWVEPMetadata: 1 });
    // A part's properties are one for all its configurations.
    expect(value(await read(rail), "JRD", "Description")).toBe("Zuschnitt 400");

    // A configuration Onshape would refuse is refused before any write.
    await expect(
      withRequestMemo(() =>
        updatePartProperties(userId, {
          ref: { ...rail, configuration: "Thickness=500+millimeter" },
          partId: "JRD",
          values: [{ propertyId: p.description, value: "x" }],
        }),
      ),
    ).rejects.toMatchObject({ kind: "bad-request" });
    expect(writes()).toEqual({ updateWVEPMetadata: 1 });
  });
});

describe("applyImport", () => {
  const rows = (values: string[]) =>
    ["JHD", "JHH", "JHL", "JHP", "JHT"].map((partId, index) => ({
      row: index + 2,
      partId,
      changes: [
        {
          propertyId: p.partNumber,
          seen: index === 4 ? null : `GX-200-00${index + 1}`,
          value: values[index]!,
        },
      ],
    }));
  const apply = (values: string[], batchSize = 2) =>
    withRequestMemo(() =>
      applyImport(
        { userId, ref, rows: rows(values) },
        { batchSize, sleep: async () => {}, maxRateWaitSec: 5 },
      ),
    );

  it("writes one part, then batches; a 500 in a batch reports its rows, and a second apply writes the rest", async () => {
    await emulator("/faults", {
      faults: [{ target: "updateWVMetadata", kind: "status", status: 500, after: 1, remaining: 1 }],
    });
    const values = ["B-1", "B-2", "B-3", "B-4", "B-5"];
    const first = await apply(values);
    expect(first.ok && first.report.map((r) => [r.row, r.status])).toEqual([
      [2, "written"],
      [3, "failed"],
      [4, "failed"],
      [5, "not-written"],
      [6, "not-written"],
    ]);
    expect(await partNumbers()).toEqual(["B-1", "GX-200-002", "GX-200-003", "GX-200-004", ""]);

    // The rows already written count as unchanged; the rest go in batches.
    const second = await apply(values);
    expect(second.ok && second.report.map((r) => r.status)).toEqual([
      "unchanged",
      "written",
      "written",
      "written",
      "written",
    ]);
    expect(await partNumbers()).toEqual(values);
    // Written: 1 call (the failed one wrote nothing), then 3 for four parts, not one per part.
    expect(writes()).toEqual({ updateWVMetadata: 4 });
  });

  it("waits out a 429 and goes on", async () => {
    await emulator("/faults", {
      faults: [
        {
          target: "updateWVMetadata",
          kind: "status",
          status: 429,
          retryAfterSec: 1,
          after: 1,
          remaining: 2,
        },
      ],
    });
    const outcome = await apply(["C-1", "C-2", "C-3", "C-4", "C-5"], 20);
    expect(outcome.ok && outcome.report.every((r) => r.status === "written")).toBe(true);
    expect(writes()).toEqual({ updateWVMetadata: 2 });
  });
});
