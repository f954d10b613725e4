import { gunzipSync } from "node:zlib";
import { validateBytes } from "gltf-validator";
import { beforeEach, describe, expect, it } from "vitest";
import { gearboxIds as g } from "@/emulator/seed";
import { seededUsers } from "@/emulator/users";
import { accounts, onshapeModel } from "@/lib/db/schema";
import type { Database } from "@/lib/db/open";
import { forgetAccountData } from "@/lib/onshape/forget-account-data";
import { countJobs } from "@/lib/onshape/model/model-jobs";
import { createModelService } from "@/lib/onshape/model/model-service";
import type { ModelTarget } from "@/lib/onshape/model/model-key";
import type { ElementRef } from "@/lib/onshape/types";
import { setUpAuthHarness, setUpTestDatabase, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

// The 3D view's server side against the local Onshape: exports and translations, the model
// store (0 calls on a repeat view), jobs shared through the database.

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

const calls = () => ({ ...harness.emulator.state.counters.calls });
const resetCounters = () => control(harness.emulator.url, "/counters/reset");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One model service, as one app server has. */
function server(
  db: Database = database.db,
  options: { maxBytesPerAccount?: number; firstPollDelayMs?: number } = {},
) {
  const onshape = testOnshapeClient(db, harness.emulator.url);
  return createModelService(db, {
    clientFor: (id) => onshape.forUser(id),
    firstPollDelayMs: 100,
    maxPollDelayMs: 400,
    ...options,
  });
}

const at = (wvm: ElementRef["wvm"], wvmId: string, elementId: string): ElementRef => ({
  documentId: g.document,
  wvm,
  wvmId,
  elementId,
});
const partStudio = (ref: ElementRef): ModelTarget => ({
  ref,
  kind: "PARTSTUDIO",
  configuration: "",
});
const assembly = (ref: ElementRef): ModelTarget => ({ ref, kind: "ASSEMBLY", configuration: "" });

async function untilSettled(
  models: ReturnType<typeof server>,
  target: ModelTarget,
  snapshot: string,
) {
  for (let i = 0; i < 100; i++) {
    const status = await models.status(userId, target, snapshot);
    if (status.state === "ready" || status.state === "failed" || status.state === "none")
      return status;
    await sleep(50);
  }
  throw new Error("the model never settled");
}

async function expectValidGlb(bytes: Uint8Array) {
  expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("glTF");
  const report = await validateBytes(bytes);
  expect(report.issues.numErrors).toBe(0);
}

describe("a Part Studio's model", () => {
  it("is exported at a version once; the repeat view makes 0 Onshape calls", async () => {
    const models = server();
    const target = partStudio(at("v", g.versionV1, g.partStudio));
    await resetCounters();
    const first = await models.start(userId, target);
    expect(first).toMatchObject({ state: "ready", snapshot: `v:${g.versionV1}` });
    expect(calls()).toEqual({ exportPartStudioGltf: 1 });
    expect(harness.emulator.state.counters.downloads).toEqual({ "200": 1 });

    await resetCounters();
    // Another server: the stored model is shared through the database.
    const again = await server().start(userId, target);
    expect(again).toEqual(first);
    expect(calls()).toEqual({});

    const file = await models.file(userId, target, first.snapshot);
    expect(file?.contentEncoding).toBe("gzip");
    const glb = new Uint8Array(gunzipSync(file!.body));
    expect(glb.byteLength).toBe(file!.modelBytes);
    await expectValidGlb(glb);
  });

  it("of a workspace is keyed by the current microversion, so an edit is never served stale", async () => {
    const models = server();
    const target = partStudio(at("w", g.workspace, g.partStudio));
    const first = await models.start(userId, target);
    expect(first.snapshot).toMatch(/^m:[0-9a-f]{24}$/);
    await resetCounters();
    expect(await models.start(userId, target)).toEqual(first);
    expect(calls()).toEqual({ getCurrentMicroversion: 1 });

    const edit = (await control(harness.emulator.url, "/edit-part", {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHD",
      name: "Gehäuse neu",
    })) as { microversionId: string };
    await resetCounters();
    const edited = await models.start(userId, target);
    expect(edited.snapshot).toBe(`m:${edit.microversionId}`);
    expect(calls()).toEqual({ getCurrentMicroversion: 1, exportPartStudioGltf: 1 });
  });

  it("of a workspace, started with the snapshot its page showed, asks Onshape nothing to learn it", async () => {
    const models = server();
    const target = partStudio(at("w", g.workspace, g.partStudio));
    const first = await models.start(userId, target);
    await resetCounters();
    expect(await models.start(userId, target, { snapshot: first.snapshot })).toEqual(first);
    expect(calls()).toEqual({});
    // A snapshot that cannot be the workspace's (a version) is not taken: it is looked up.
    const versionSnapshot = `v:${g.versionV1}`;
    expect(await models.start(userId, target, { snapshot: versionSnapshot })).toEqual(first);
    expect(calls()).toEqual({ getCurrentMicroversion: 1 });
  });

  it("is forgotten with the account's other Onshape data", async () => {
    const target = partStudio(at("v", g.versionV1, g.partStudio));
    const { snapshot } = await server().start(userId, target);
    await forgetAccountData({ userId, db: database.db });
    expect(await server().file(userId, target, snapshot)).toBeNull();
  });

  it("evicts the account's oldest models past its bound", async () => {
    const v1 = partStudio(at("v", g.versionV1, g.partStudio));
    const v2 = partStudio(at("v", g.versionV2, g.partStudio));
    const one = await server().start(userId, v1);
    const [stored] = await database.db.select({ size: onshapeModel.size }).from(onshapeModel);
    // Room for two models of this size, not three.
    const models = server(database.db, { maxBytesPerAccount: Math.round(stored!.size * 2.5) });
    await models.start(userId, v2);
    await models.start(userId, partStudio(at("w", g.workspace, g.partStudio)));
    expect(await models.file(userId, v1, one.snapshot)).toBeNull();
    expect(await models.file(userId, v2, `v:${g.versionV2}`)).not.toBeNull();
  });
});

describe("an assembly's model", () => {
  it("is translated in the background (not into the document), polled with backoff, then stored", async () => {
    await control(harness.emulator.url, "/config", { translationActiveMs: 1_000 });
    // Slow enough that the progress asked for at once is surely before the first poll.
    const models = server(database.db, { firstPollDelayMs: 400 });
    const target = assembly(at("v", g.versionV2, g.topAssembly));
    await resetCounters();
    const started = await models.start(userId, target);
    expect(started).toEqual({ snapshot: `v:${g.versionV2}`, state: "exporting" });
    // Before the first poll is due, progress costs no call.
    expect(await models.status(userId, target, started.snapshot)).toMatchObject({
      state: "exporting",
    });
    expect(calls()).toEqual({ translateFormat: 1 });

    let requests = 0;
    let done = await models.status(userId, target, started.snapshot);
    for (; done.state === "exporting" && requests < 200; requests++) {
      await sleep(20);
      done = await models.status(userId, target, started.snapshot);
    }
    expect(done).toMatchObject({ state: "ready" });
    const counted = calls();
    expect(counted.translateFormat).toBe(1);
    expect(counted.downloadExternalData).toBe(1);
    // Polls 400 ms apart: a handful, not one per progress request.
    expect(counted.getTranslation).toBeGreaterThanOrEqual(1);
    expect(counted.getTranslation).toBeLessThanOrEqual(4);
    expect(requests).toBeGreaterThan(2 * counted.getTranslation!);
    expect(harness.emulator.state.counters.documentWrites).toEqual({});
    expect(await countJobs(database.db, userId)).toBe(0);

    const file = await models.file(userId, target, started.snapshot);
    await expectValidGlb(new Uint8Array(gunzipSync(file!.body)));
    await resetCounters();
    expect(await models.start(userId, target)).toMatchObject({ state: "ready" });
    expect(calls()).toEqual({});
  });

  it("that fails shows Onshape's failureReason, and starts again only when asked", async () => {
    await control(harness.emulator.url, "/config", {
      translationActiveMs: 100,
      translationFailureReason: "Assembly has no visible parts",
    });
    const models = server();
    const target = assembly(at("w", g.workspace, g.topAssembly));
    const started = await models.start(userId, target);
    expect(await untilSettled(models, target, started.snapshot)).toMatchObject({
      state: "failed",
      reason: "Assembly has no visible parts",
    });
    await resetCounters();
    expect(await models.start(userId, target)).toMatchObject({ state: "failed" });
    expect(calls()).toEqual({ getCurrentMicroversion: 1 });

    await control(harness.emulator.url, "/config", { translationFailureReason: "" });
    const retried = await models.start(userId, target, { retry: true });
    expect(retried.state).toBe("exporting");
    expect(await untilSettled(models, target, retried.snapshot)).toMatchObject({ state: "ready" });
  });

  it("asked for by two servers at once starts one translation", async () => {
    await control(harness.emulator.url, "/config", { translationActiveMs: 300 });
    const servers = [server(), server()];
    const target = assembly(at("v", g.versionV2, g.topAssembly));
    await resetCounters();
    const answers = await Promise.all([0, 1, 0, 1].map((i) => servers[i]!.start(userId, target)));
    expect(calls().translateFormat).toBe(1);
    // The one that started it is exporting; the others joined while it was being started.
    expect(answers.filter((answer) => answer.state === "exporting").length).toBeGreaterThan(0);
    for (const answer of answers) expect(["queued", "exporting"]).toContain(answer.state);
    const polls = await Promise.all(
      servers.map((models) => untilSettled(models, target, `v:${g.versionV2}`)),
    );
    expect(polls.map((poll) => poll.state)).toEqual(["ready", "ready"]);
    expect(calls().downloadExternalData).toBe(1);
  });

  it("is refused at a microversion, which Onshape cannot translate, before any call", async () => {
    await resetCounters();
    await expect(
      server().start(userId, assembly(at("m", "c0c0000000000000000000100", g.topAssembly))),
    ).rejects.toMatchObject({ kind: "bad-request" });
    expect(calls()).toEqual({});
  });

  it("checks that the snapshot fits the URL", async () => {
    await expect(
      server().status(userId, assembly(at("v", g.versionV2, g.topAssembly)), `v:${g.versionV1}`),
    ).rejects.toMatchObject({ kind: "bad-request" });
  });
});
