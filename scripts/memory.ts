import { execFileSync } from "node:child_process";
import { demoClient } from "../emulator/demo-client";
import { startEmulator } from "../emulator/server";
import { postgresAvailable } from "../tests/unit/support/postgres";
import { cachedPartStudio } from "./lib/bench-paths";
import {
  loadRow,
  loadTableHeader,
  maxGrowthBytes,
  maxRssBytes,
  mb,
  runLoad,
} from "./lib/memory-run";
import { startMeasuredApp, type Database } from "./lib/measured-servers";

// `npx tsx scripts/memory.ts`: serves 20,000 requests of the cached Part Studio page (a version,
// so every answer comes from the cache) to the production app, on Postgres and on PGlite, and
// prints the live heap after a forced full GC at 1,000 and at 20,000 requests, and the RSS.
// Targets: growth ≤ 10 MB, RSS ≤ 300 MB. `npm run bench` runs the same beside the bare page.
// MEMORY_REQUESTS changes the count, MEMORY_DATABASES=PGlite runs one; BENCH_SKIP_BUILD=1
// reuses the current build; HEAP_PROBE_SNAPSHOT_DIR=dir writes a heap snapshot at each reading.

const total = Number(process.env.MEMORY_REQUESTS ?? 20_000);
const port = Number(process.env.MEMORY_PORT ?? 3350);

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const databases = (process.env.MEMORY_DATABASES ?? "Postgres,PGlite").split(",") as Database[];
  const emulator = await startEmulator({
    clients: [
      { ...demoClient, redirectUris: [`http://localhost:${port}/api/auth/callback/onshape`] },
    ],
  });
  const rows: string[] = [];
  try {
    for (const database of databases) {
      if (database === "Postgres" && !(await postgresAvailable())) continue;
      const [userId] = emulator.state.users.keys();
      const app = await startMeasuredApp({ port, emulator, database, userId: userId! });
      try {
        const first = await fetch(`${app.server.url}${cachedPartStudio}`, {
          headers: { cookie: app.cookie },
        });
        if (first.status !== 200) throw new Error(`Part Studio page answered ${first.status}`);
        const run = await runLoad({
          server: app.server,
          path: cachedPartStudio,
          cookie: app.cookie,
          total,
        });
        rows.push(loadRow(`app on ${database}`, run));
        console.log(rows.at(-1));
      } finally {
        await app.stop();
      }
    }
  } finally {
    await emulator.close();
  }
  console.log(
    `\nCached Part Studio page, ${total} requests, 50 connections; live heap after a full GC (targets: growth ≤ ${mb(maxGrowthBytes)}, RSS ≤ ${mb(maxRssBytes)})\n`,
  );
  for (const line of [...loadTableHeader, ...rows]) console.log(line);
}

await main();
