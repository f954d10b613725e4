import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { demoClient } from "../emulator/demo-client";
import { gearboxIds } from "../emulator/seed";
import { startEmulator } from "../emulator/server";
import { createScratchDatabase, postgresAvailable } from "../tests/unit/support/postgres";
import { startAppServer } from "./lib/app-server";
import { signInOverHttp } from "./lib/http-sign-in";
import {
  maxGrowthBytes,
  maxRssBytes,
  mb,
  memoryRow,
  runMemory,
  type MemoryRun,
} from "./lib/memory-run";

// `npx tsx scripts/memory.ts`: serves 20,000 requests of the cached Part Studio page (a version,
// so every answer comes from the cache) to the production app, on Postgres and on PGlite, and
// prints the live heap after a forced full GC at 1,000 and at 20,000 requests, and the RSS.
// Targets: growth ≤ 10 MB, RSS ≤ 300 MB. MEMORY_REQUESTS changes the count; BENCH_SKIP_BUILD=1
// reuses the current build; HEAP_PROBE_SNAPSHOT_DIR=dir writes a heap snapshot at each reading.

const total = Number(process.env.MEMORY_REQUESTS ?? 20_000);
const port = Number(process.env.MEMORY_PORT ?? 3350);
const appUrl = `http://localhost:${port}`;

const { document: did, versionV2: vid, partStudio } = gearboxIds;
const cachedPartStudio = `/documents/${did}/v/${vid}/e/${partStudio}?type=partstudio`;

async function measure(database: "Postgres" | "PGlite"): Promise<MemoryRun> {
  const emulator = await startEmulator({
    clients: [{ ...demoClient, redirectUris: [`${appUrl}/api/auth/callback/onshape`] }],
  });
  const scratch = database === "Postgres" ? await createScratchDatabase() : undefined;
  const dataDir = `.data/memory-${randomBytes(4).toString("hex")}`;
  const app = await startAppServer(
    port,
    {
      AUTH_SECRET: randomBytes(33).toString("base64"),
      AUTH_URL: appUrl,
      AUTH_ONSHAPE_ID: demoClient.id,
      AUTH_ONSHAPE_SECRET: demoClient.secret,
      ONSHAPE_OAUTH_URL: emulator.url,
      ONSHAPE_API_URL: emulator.url,
      PGLITE_DIR: dataDir,
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    },
    { heapProbe: true },
  );
  try {
    const [user] = emulator.state.users.values();
    const cookie = await signInOverHttp(appUrl, emulator.url, user!.id);
    const first = await fetch(`${appUrl}${cachedPartStudio}`, { headers: { cookie } });
    if (first.status !== 200) throw new Error(`Part Studio page answered ${first.status}`);
    return await runMemory({ server: app, path: cachedPartStudio, cookie, total });
  } finally {
    await app.stop();
    await emulator.close();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const databases = (process.env.MEMORY_DATABASES ?? "Postgres,PGlite").split(",") as (
    "Postgres" | "PGlite"
  )[];
  const rows: string[] = [];
  for (const database of databases) {
    if (database === "Postgres" && !(await postgresAvailable())) continue;
    const run = await measure(database);
    rows.push(memoryRow(`app on ${database}`, run));
    console.log(rows.at(-1));
  }
  console.log(
    `\nCached Part Studio page, live heap after a full GC (target: growth ≤ ${mb(maxGrowthBytes)}, RSS ≤ ${mb(maxRssBytes)})\n`,
  );
  console.log("| server | requests | heap at 1,000 | heap at end | growth | RSS at end | failed |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
}

await main();
