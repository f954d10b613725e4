import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import v8 from "node:v8";
import vm from "node:vm";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "@/lib/db/open";
import { postgresAtStartUp } from "@/lib/db/start-up-pools";
import { createTransport } from "@/lib/onshape/api/transport";
import { rememberStartUpContext } from "@/lib/start-up-context";
import { createScratchDatabase, postgresAvailable } from "../support/postgres";

// The leak (issue 17): a socket or timer made while serving a request keeps that request's
// AsyncLocalStorage stores (and through Next's, every later request) alive. Each case runs
// work inside `als.run(store)` as a render would, then checks the store can be collected.

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

// As instrumentation does when the server starts, outside any request.
rememberStartUpContext();

async function storeSurvives(work: () => Promise<unknown>): Promise<boolean> {
  const als = new AsyncLocalStorage<object>();
  const ref = await (async () => {
    const store = { request: "a render's state" };
    await als.run(store, work);
    return new WeakRef(store);
  })();
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return ref.deref() !== undefined;
}

const hasPostgres = await postgresAvailable();

describe.skipIf(!hasPostgres)("Postgres pool", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let opened: OpenedDatabase;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    opened = await openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" });
  });
  afterAll(async () => {
    await opened?.close();
    await scratch?.drop();
  });

  it("a connection opened by a query inside a request does not keep the request", async () => {
    // The pool opens its connections on demand: the first queries open them here.
    const queries = () =>
      Promise.all([1, 2, 3].map((n) => opened.db.execute(sql`select ${n}::int as n`)));
    expect(await storeSurvives(queries)).toBe(false);
    expect(
      await storeSurvives(() => opened.db.transaction((tx) => tx.execute(sql`select 1`))),
    ).toBe(false);
  });

  it("nor does one it opens again after recycling its connections (max_lifetime)", async () => {
    const client = postgres(scratch.url, { max: 3, max_lifetime: 1, onnotice: () => {} });
    const db = drizzle(postgresAtStartUp(client));
    const queries = () => Promise.all([1, 2, 3].map((n) => db.execute(sql`select ${n}::int as n`)));
    try {
      await queries();
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(await storeSurvives(queries)).toBe(false);
    } finally {
      await client.end();
    }
  });

  it("a plain pool does keep it (so this check can fail)", async () => {
    const client = postgres(scratch.url, { max: 2, onnotice: () => {} });
    try {
      const queries = () =>
        Promise.all([1, 2, 3].map((n) => drizzle(client).execute(sql`select ${n}::int as n`)));
      expect(await storeSurvives(queries)).toBe(true);
    } finally {
      await client.end();
    }
  });
});

describe("PGlite", () => {
  // PGlite boots in seconds, far slower on a busy machine.
  it(
    "queries and transactions inside a request do not keep the request",
    { timeout: 120_000 },
    async () => {
      const opened = await openDatabase({ pgliteDir: "memory://" });
      try {
        expect(await storeSurvives(() => opened.db.execute(sql`select 1`))).toBe(false);
        expect(
          await storeSurvives(() => opened.db.transaction((tx) => tx.execute(sql`select 1`))),
        ).toBe(false);
      } finally {
        await opened.close();
      }
    },
  );
});

describe("the Onshape transport", () => {
  // Two servers, so the plain fetch cannot reuse the transport's kept-alive connection.
  const servers = [0, 1].map(() =>
    createServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    }),
  );
  let url = "";
  let otherUrl = "";
  beforeAll(async () => {
    const urls = await Promise.all(
      servers.map(async (server) => {
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
    [url, otherUrl] = [urls[0]!, urls[1]!];
  });
  afterAll(() =>
    Promise.all(
      servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    ),
  );

  it("a kept-alive connection to Onshape does not keep the request that opened it", async () => {
    const send = createTransport({
      apiUrl: url,
      tokens: { accessToken: async () => "token", afterRejection: async () => "token" },
    });
    const call = async () => (await send("user-1", new Request(`${url}/api/v16/x`))).json();
    expect(await storeSurvives(call)).toBe(false);
  });

  it("a plain fetch does keep it (so this check can fail)", async () => {
    expect(await storeSurvives(async () => (await fetch(`${otherUrl}/plain`)).json())).toBe(true);
  });
});
