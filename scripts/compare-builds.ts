import autocannon from "autocannon";
import { demoClient } from "../emulator/demo-client";
import { startEmulator } from "../emulator/server";
import { cachedPartStudio } from "./lib/bench-paths";
import { cpuMs } from "./lib/memory-run";
import { startMeasuredApp, type MeasuredServer } from "./lib/measured-servers";

// `npx tsx scripts/compare-builds.ts`: two builds of the app side by side, for a change whose
// gain is a millisecond or two, smaller than this machine's drift between runs. Both servers run
// at once (on Postgres) and take turns: after a warm-up, each serves ROUNDS rounds of N requests
// of the cached Part Studio page (COMPARE_PATH another page), alternating, and the median CPU ms
// per request of each is printed. Build the other tree first into its own directory
// (`NEXT_DIST_DIR=.next-before npx next build`), then this one (`npm run build`);
// DIST_DIRS=".next-before,.next" is the default.

const dirs = (process.env.DIST_DIRS ?? ".next-before,.next").split(",");
const page = process.env.COMPARE_PATH ?? cachedPartStudio;
const requests = Number(process.env.N ?? 1_000);
const rounds = Number(process.env.ROUNDS ?? 8);
const warmUp = Number(process.env.WARM ?? 3_000);
const ports = dirs.map((_, i) => 3370 + i);

const emulator = await startEmulator({
  clients: [
    {
      ...demoClient,
      redirectUris: ports.map((port) => `http://localhost:${port}/api/auth/callback/onshape`),
    },
  ],
});
const users = [...emulator.state.users.keys()];
const apps: MeasuredServer[] = [];
try {
  for (const [i, dir] of dirs.entries()) {
    // Read by next.config.js in the server, which inherits this process's environment.
    process.env.NEXT_DIST_DIR = dir;
    apps.push(
      await startMeasuredApp({
        port: ports[i]!,
        emulator,
        database: "Postgres",
        userId: users[i]!,
      }),
    );
  }
  const load = (app: MeasuredServer, amount: number) =>
    autocannon({
      url: `${app.server.url}${page}`,
      connections: 50,
      amount,
      headers: { cookie: app.cookie },
    });
  for (const app of apps) await load(app, warmUp);
  const perRequest: number[][] = dirs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, app] of apps.entries()) {
      const before = await cpuMs(app.server.pid);
      const run = await load(app, requests);
      if (run.non2xx > 0)
        throw new Error(`${dirs[i]} answered ${run.non2xx} requests with an error`);
      perRequest[i]!.push(((await cpuMs(app.server.pid)) - before) / requests);
    }
  }
  console.log(`${page}, ${rounds} rounds of ${requests} requests each, CPU ms per request:`);
  for (const [i, dir] of dirs.entries()) {
    const sorted = [...perRequest[i]!].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `  ${dir}: median ${median.toFixed(2)} (${sorted.map((x) => x.toFixed(2)).join(", ")})`,
    );
  }
} finally {
  for (const app of apps) await app.stop();
  await emulator.close();
}
