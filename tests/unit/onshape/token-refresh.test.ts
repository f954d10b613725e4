import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { setUpAuthHarness, setUpTestDatabase, type AuthHarness } from "../support/auth-harness";
import { control, testOnshapeClient } from "../support/onshape-client";

const ada = seededUsers[0]!;
const database = setUpTestDatabase();
const harnesses = setUpAuthHarness(database);
let harness: AuthHarness;
let userId: string;

beforeEach(async () => {
  harness = harnesses.current;
  await control(harness.emulator.url, "/config", { tokenLifetimeSec: 2 });
  await harness.signIn(ada.id);
  const [row] = await database.db.select().from(accounts);
  userId = row!.userId;
});

const grants = () => harness.emulator.state.counters.grants;
const sessionInfo = (client: ReturnType<ReturnType<typeof testOnshapeClient>["forUser"]>) =>
  client.GET("/users/sessioninfo").then((result) => result.data?.name);
const waitForExpiry = () => new Promise((resolve) => setTimeout(resolve, 2_100));

describe("access tokens that expire", () => {
  it("are refreshed once for 20 concurrent calls", async () => {
    const client = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
    await waitForExpiry();
    const names = await Promise.all(Array.from({ length: 20 }, () => sessionInfo(client)));
    expect(names).toEqual(Array(20).fill(ada.name));
    expect(grants().refresh_token).toBe(1);
    const [row] = await database.db.select().from(accounts);
    expect(harness.emulator.state.refreshTokens.has(row!.refresh_token!)).toBe(true);
  });

  it("are refreshed once when two token stores (as two processes) share the database", async () => {
    const first = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
    const second = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
    await waitForExpiry();
    const calls = Array.from({ length: 10 }, (_, i) => sessionInfo(i % 2 ? first : second));
    expect(await Promise.all(calls)).toEqual(Array(10).fill(ada.name));
    expect(grants().refresh_token).toBe(1);
  });

  it("are refreshed and the call retried once when Onshape answers 401 early", async () => {
    const client = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
    await control(harness.emulator.url, "/config", { tokenLifetimeSec: 3600 });
    await control(harness.emulator.url, "/expire-access-tokens", { userId: ada.id });
    expect(await sessionInfo(client)).toBe(ada.name);
    expect(grants().refresh_token).toBe(1);
    expect(harness.emulator.state.counters.calls.unauthorized).toBe(1);
  });
});

describe("remembered tokens", () => {
  it("are forgotten when the account signs in again (regression: old token kept in memory)", async () => {
    await control(harness.emulator.url, "/config", { tokenLifetimeSec: 3600 });
    await harness.signIn(ada.id);
    const { tokens } = testOnshapeClient(database.db, harness.emulator.url);
    const first = await tokens.accessToken(userId);
    await harness.signIn(ada.id);
    const [row] = await database.db.select().from(accounts);
    expect(row!.access_token).not.toBe(first);
    expect(await tokens.accessToken(userId)).toBe(row!.access_token);
  });
});

describe("a refresh that fails", () => {
  it("marks the account for reconnection only on invalid_grant, and a new sign-in clears it", async () => {
    const client = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
    await control(harness.emulator.url, "/revoke", { userId: ada.id });
    await waitForExpiry();
    await expect(sessionInfo(client)).rejects.toMatchObject({ kind: "reconnect" });
    const [row] = await database.db.select().from(accounts);
    expect(row!.needsReconnect).toBe(true);

    const tokenCalls = harness.emulator.state.tokenRequests.length;
    await expect(sessionInfo(client)).rejects.toMatchObject({ kind: "reconnect" });
    expect(harness.emulator.state.tokenRequests.length).toBe(tokenCalls);

    await control(harness.emulator.url, "/config", { tokenLifetimeSec: 3600 });
    await harness.signIn(ada.id);
    const [after] = await database.db.select().from(accounts).where(eq(accounts.userId, userId));
    expect(after!.needsReconnect).toBe(false);
    expect(await sessionInfo(client)).toBe(ada.name);
  });

  it.each([
    ["answers 500", { target: "token", kind: "status", status: 500, remaining: 1 }],
    ["is unreachable", { target: "token", kind: "reset", remaining: 1 }],
    ["answers garbage", { target: "token", kind: "malformed", remaining: 1 }],
  ])(
    "keeps the session when the token endpoint %s, and the next call succeeds",
    async (_, fault) => {
      const client = testOnshapeClient(database.db, harness.emulator.url).forUser(userId);
      const [before] = await database.db.select().from(accounts);
      await control(harness.emulator.url, "/faults", { faults: [fault] });
      await waitForExpiry();
      const failure = await sessionInfo(client).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ kind: "unavailable" });
      const [unchanged] = await database.db.select().from(accounts);
      expect(unchanged).toEqual(before);
      expect(await sessionInfo(client)).toBe(ada.name);
      expect(grants().refresh_token).toBe(1);
    },
  );
});
