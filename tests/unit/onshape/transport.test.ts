import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createResponseCache } from "@/lib/onshape/api/response-cache";
import type { TokenStore } from "@/lib/onshape/tokens/token-store";
import { createTransport } from "@/lib/onshape/api/transport";
import { setUpTestDatabase } from "../support/auth-harness";

// The transport against a scripted Onshape: each test says what the next answers are.

type Answer = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (_, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

let api: { server: Server; url: string };
let answers: Answer[];
let seen: { url: string; authorization?: string; method?: string; body?: string }[];
let rejections: string[];

const tokens: TokenStore = {
  accessToken: async () => "token-1",
  afterRejection: async (_userId, rejected) => {
    rejections.push(rejected);
    return "token-2";
  },
};

beforeAll(async () => {
  api = await listen(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry: (typeof seen)[number] = {
      url: req.url ?? "",
      authorization: req.headers.authorization,
    };
    if (req.method !== "GET")
      Object.assign(entry, { method: req.method, body: Buffer.concat(chunks).toString() });
    seen.push(entry);
    (answers.shift() ?? json(500, { message: "no answer scripted" }))(req, res);
  });
});
afterAll(() => new Promise<void>((resolve) => api.server.close(() => resolve())));
beforeEach(() => {
  answers = [];
  seen = [];
  rejections = [];
});

const send = (path: string, extra: Partial<Parameters<typeof createTransport>[0]> = {}) =>
  createTransport({ apiUrl: api.url, tokens, timeoutMs: 500, ...extra })(
    "user-1",
    new Request(`${api.url}/api/v16${path}`),
  );

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as AppError,
  );

describe("the Onshape transport", () => {
  it("sends the bearer token and returns the answer", async () => {
    answers = [json(200, { ok: true })];
    const response = await send("/documents");
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toEqual([{ url: "/api/v16/documents", authorization: "Bearer token-1" }]);
  });

  it("refreshes once on 401 and retries with the new token, then gives up", async () => {
    answers = [json(401, {}), json(200, { ok: true })];
    expect((await send("/documents")).status).toBe(200);
    expect(rejections).toEqual(["token-1"]);
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);

    answers = [json(401, {}), json(401, {})];
    expect(await failure(send("/documents"))).toMatchObject({ kind: "reconnect" });
  });

  it("waits out a short 429 at most twice, and reports a long one at once", async () => {
    answers = [json(429, {}, { "retry-after": "0" }), json(200, { ok: true })];
    expect((await send("/documents")).status).toBe(200);

    answers = [0, 0, 0].map(() => json(429, {}, { "retry-after": "0" }));
    expect(await failure(send("/documents"))).toMatchObject({ kind: "rate-limited" });
    expect(seen).toHaveLength(2 + 3);

    answers = [json(429, {}, { "retry-after": "30" })];
    const started = Date.now();
    const error = await failure(send("/documents"));
    expect(error).toMatchObject({ kind: "rate-limited", retryAfterSec: 30 });
    expect(error?.userMessage).toContain("Try again in 30 s");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it.each([
    [400, "bad-request"],
    [402, "quota-exhausted"],
    [403, "forbidden"],
    [404, "not-found"],
    [500, "unavailable"],
    [503, "unavailable"],
  ])("maps %i to %s", async (status, kind) => {
    answers = [json(status, { message: "x" })];
    expect(await failure(send("/documents"))).toMatchObject({ kind });
  });

  it("times out a call that never answers", async () => {
    answers = [() => {}];
    expect(await failure(send("/documents"))).toMatchObject({ kind: "unavailable" });
  });

  it("refuses half an answer", async () => {
    answers = [
      (_, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"items": [');
      },
    ];
    expect(await failure(send("/documents"))).toMatchObject({ kind: "unavailable" });
  });

  it("sends a request's body, again after a 401", async () => {
    answers = [json(401, {}), json(200, { ok: true })];
    const body = JSON.stringify({ jsonType: "metadata-part", partId: "JHD" });
    const response = await createTransport({ apiUrl: api.url, tokens, timeoutMs: 500 })(
      "user-1",
      new Request(`${api.url}/api/v16/metadata/d/x`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect(seen.map(({ method, body }) => ({ method, body }))).toEqual([
      { method: "POST", body },
      { method: "POST", body },
    ]);
  });

  it("sends a read once more when the connection is cut before any answer, not twice", async () => {
    const cut: Answer = (req) => req.socket.destroy();
    answers = [cut, json(200, { ok: true })];
    expect(await (await send("/documents")).json()).toEqual({ ok: true });
    answers = [cut, cut, json(200, { ok: true })];
    expect(await failure(send("/documents"))).toMatchObject({ kind: "unavailable" });
    expect(seen).toHaveLength(4);
  });

  it("never sends a write twice after a cut connection", async () => {
    answers = [(req) => req.socket.destroy(), json(200, { ok: true })];
    const write = createTransport({ apiUrl: api.url, tokens, timeoutMs: 500 })(
      "user-1",
      new Request(`${api.url}/api/v16/metadata/d/x`, { method: "POST", body: "{}" }),
    );
    expect(await failure(write)).toMatchObject({ kind: "unavailable" });
    expect(seen).toHaveLength(1);
  });

  it("follows a redirect to Onshape with the token, and never to another host", async () => {
    answers = [
      (_, res) => res.writeHead(307, { location: `${api.url}/api/v16/blob/1` }).end(),
      json(200, { ok: true }),
    ];
    expect((await send("/documents/x/export")).status).toBe(200);
    expect(seen[1]).toEqual({ url: "/api/v16/blob/1", authorization: "Bearer token-1" });

    const elsewhere: string[] = [];
    const trap = await listen((req, res) => {
      elsewhere.push(JSON.stringify(req.headers));
      res.end();
    });
    answers = [(_, res) => res.writeHead(307, { location: `${trap.url}/steal` }).end()];
    expect(await failure(send("/documents/x/export"))).toMatchObject({ kind: "unavailable" });
    expect(elsewhere).toEqual([]);
    trap.server.close();
  });
});

describe("the response cache", () => {
  const database = setUpTestDatabase((db) =>
    db.insert(users).values([{ id: "user-1" }, { id: "user-2" }]),
  );
  const did = "d0c000000000000000000100";
  const version = `/documents/d/${did}/v/b0b000000000000000000102/elements`;

  afterEach(() => {
    answers = [];
  });

  /** A new cache each call is a new app process: it shares only the database. */
  const cachedSend = (
    userId: string,
    path: string,
    options = {},
    cache = createResponseCache(database.db, options),
  ) =>
    createTransport({ apiUrl: api.url, tokens, cache })(
      userId,
      new Request(`${api.url}/api/v16${path}`),
    );
  const stored = () => database.db.query.onshapeResponseCache.findMany();

  it("answers a repeat read at a version without Onshape, in this process and in others", async () => {
    answers = [json(200, [{ id: "e1" }]), json(200, [{ id: "e1" }])];
    const cache = createResponseCache(database.db);
    await cachedSend("user-1", version, {}, cache);
    expect(await (await cachedSend("user-1", version, {}, cache)).json()).toEqual([{ id: "e1" }]);
    expect(seen).toHaveLength(1);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(1));
    expect(await (await cachedSend("user-1", version)).json()).toEqual([{ id: "e1" }]);
    expect(seen).toHaveLength(1);
  });

  it("neither serves nor stores an answer sent with cache: false", async () => {
    answers = [json(200, [1]), json(200, [2]), json(200, [3])];
    const cache = createResponseCache(database.db);
    const send = createTransport({ apiUrl: api.url, tokens, cache });
    const fresh = () =>
      send("user-1", new Request(`${api.url}/api/v16/documents`), { cache: false });
    await cachedSend("user-1", "/documents", {}, cache);
    expect(await (await fresh()).json()).toEqual([2]);
    expect(await (await fresh()).json()).toEqual([3]);
    expect(seen).toHaveLength(3);
  });

  it("keeps each account's answers apart", async () => {
    answers = [json(200, ["for user 1"]), json(200, ["for user 2"])];
    const cache = createResponseCache(database.db);
    await cachedSend("user-1", version, {}, cache);
    expect(await (await cachedSend("user-2", version, {}, cache)).json()).toEqual(["for user 2"]);
    expect(seen).toHaveLength(2);
  });

  it("keeps lists only for the short time", async () => {
    answers = [json(200, [1]), json(200, [2])];
    const cache = createResponseCache(database.db, { mutableTtlSec: 0.2 });
    await cachedSend("user-1", "/documents", {}, cache);
    await cachedSend("user-1", "/documents", {}, cache);
    expect(seen).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await (await cachedSend("user-1", "/documents", {}, cache)).json()).toEqual([2]);
    expect(seen).toHaveLength(2);
  });

  it("stores nothing from a failed or half-read answer", async () => {
    answers = [
      json(500, {}),
      (_, res) => res.writeHead(200, { "content-type": "application/json" }).end("{"),
    ];
    await failure(cachedSend("user-1", version));
    await failure(cachedSend("user-1", version));
    answers = [json(200, [])];
    await cachedSend("user-1", version);
    expect(seen).toHaveLength(3);
  });

  it("drops an account's oldest entries past its size bound", async () => {
    const big = "x".repeat(400);
    const cache = createResponseCache(database.db, { maxBytesPerAccount: 2_000 });
    for (const i of [0, 1, 2, 3, 4, 5]) {
      const url = `${api.url}/api/v16${version.replace("0102/", `010${i}/`)}`;
      await cache.put({
        userId: "user-1",
        key: url,
        body: new TextEncoder().encode(JSON.stringify({ i, big })),
        contentType: "application/json",
        immutable: true,
      });
    }
    const rows = await database.db.query.onshapeResponseCache.findMany();
    const kept = rows.map((r) => r.url.match(/v\/(\w+)/)?.[1]?.slice(-1)).sort();
    expect(kept).toEqual(["2", "3", "4", "5"]);
  });
});
