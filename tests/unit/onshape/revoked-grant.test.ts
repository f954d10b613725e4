import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seededUsers } from "@/emulator/users";
import { accounts, onshapeResponseCache } from "@/lib/db/schema";
import { createResponseCache } from "@/lib/onshape/api/response-cache";
import { forgetAccountData } from "@/lib/onshape/forget-account-data";
import { setUpAuthHarness, setUpTestDatabase, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

// Issue 11: cached answers are served only while the account's grant lives, and are deleted
// (database and memory) when it ends or the account signs in afresh.

const ada = seededUsers[0]!;
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database);
let harness: AuthHarness;
let userId: string;

const did = "d0c000000000000000000100";
const version = { did, vid: "b0b000000000000000000102" };

beforeEach(async () => {
  harness = harnesses.current;
  await harness.signIn(ada.id);
  const [row] = await database.db.select().from(accounts);
  userId = row!.userId;
});

type Client = ReturnType<ReturnType<typeof testOnshapeClient>["forUser"]>;
const versionElements = (client: Client) =>
  client
    .GET("/documents/d/{did}/{wvm}/{wvmid}/elements", {
      params: { path: { did: version.did, wvm: "v", wvmid: version.vid } },
    })
    .then((result) => result.data?.map((element) => element.name));
const apiCalls = () => harness.emulator.state.counters.calls.getElementsInDocument ?? 0;
const rows = () =>
  database.db.select().from(onshapeResponseCache).where(eq(onshapeResponseCache.userId, userId));
const waitForExpiry = () => new Promise((resolve) => setTimeout(resolve, 2_100));

describe("a revoked grant", () => {
  it("stops cached answers at once once the account is marked for reconnect, and deletes them", async () => {
    await control(harness.emulator.url, "/config", { tokenLifetimeSec: 2 });
    await harness.signIn(ada.id);
    const cache = createResponseCache(database.db);
    const client = testOnshapeClient(database.db, harness.emulator.url, cache).forUser(userId);
    const names = await versionElements(client);
    expect(names?.length).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(await versionElements(client)).toEqual(names);
    expect(apiCalls()).toBe(1);

    await control(harness.emulator.url, "/revoke", { userId: ada.id });
    await waitForExpiry();
    // Regression: the hit used to be returned before anything about the account was checked.
    await expect(versionElements(client)).rejects.toMatchObject({ kind: "reconnect" });
    expect(await rows()).toEqual([]);
    await expect(versionElements(client)).rejects.toMatchObject({ kind: "reconnect" });
    // Another process that never saw the refresh fail reads the database, which is empty.
    const other = testOnshapeClient(
      database.db,
      harness.emulator.url,
      createResponseCache(database.db),
    );
    await expect(versionElements(other.forUser(userId))).rejects.toMatchObject({
      kind: "reconnect",
    });
    expect(apiCalls()).toBe(1);
  });
});

describe("forgetAccountData", () => {
  it("deletes the rows and this process's copies; other processes drop theirs within seconds", async () => {
    const here = createResponseCache(database.db);
    const there = createResponseCache(database.db, { memoryCopySec: 0.3 });
    const client = testOnshapeClient(database.db, harness.emulator.url, here).forUser(userId);
    const elsewhere = testOnshapeClient(database.db, harness.emulator.url, there).forUser(userId);
    await versionElements(client);
    await vi.waitFor(async () => expect(await rows()).toHaveLength(1));
    await versionElements(elsewhere);
    expect(apiCalls()).toBe(1);

    await forgetAccountData({ userId, db: database.db });
    expect(await rows()).toEqual([]);
    await versionElements(client);
    expect(apiCalls()).toBe(2);
    await vi.waitFor(async () => expect(await rows()).toHaveLength(1));
    await forgetAccountData({ userId, db: database.db });
    // `there` is a second server: its memory copy is only trusted for memoryCopySec.
    await new Promise((resolve) => setTimeout(resolve, 350));
    await versionElements(elsewhere);
    expect(apiCalls()).toBe(3);
  });

  it("runs at a fresh sign-in of the account", async () => {
    const cache = createResponseCache(database.db);
    const client = testOnshapeClient(database.db, harness.emulator.url, cache).forUser(userId);
    await versionElements(client);
    await vi.waitFor(async () => expect(await rows()).toHaveLength(1));
    await harness.signIn(ada.id);
    expect(await rows()).toEqual([]);
    await versionElements(client);
    expect(apiCalls()).toBe(2);
  });

  it("does not store an answer whose call began before the account was forgotten", async () => {
    const cache = createResponseCache(database.db);
    const startedAt = Date.now();
    await forgetAccountData({ userId, db: database.db });
    const url = `${harness.emulator.url}/api/v16/documents/d/${did}/v/${version.vid}/elements`;
    const body = new TextEncoder().encode("[]");
    await cache.put({
      userId,
      key: url,
      body,
      contentType: "application/json",
      immutable: true,
      startedAt,
    });
    expect(await rows()).toEqual([]);
    expect(await cache.get(userId, url)).toBeNull();
  });
});
