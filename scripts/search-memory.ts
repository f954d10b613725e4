import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { demoClient } from "../emulator/demo-client";
import { startEmulator } from "../emulator/server";
import { seededUsers } from "../emulator/users";
import { startAppServer } from "./lib/app-server";
import { signInOverHttp } from "./lib/http-sign-in";

// `npx tsx scripts/search-memory.ts`: one signed-in user types 30,000 distinct searches
// (`/api/documents?q=…`, each a new Onshape answer for the in-process caches to hold) against
// the production build on embedded PGlite. Prints the server's RSS (the `next start` process
// and its children) after a warm-up, after the searches, and after the short-lived answers
// expired; the in-process caches are bounded by bytes, so the growth must stay within 100 MB.
// SEARCH_MEMORY_SKIP_BUILD=1 reuses the current build; SEARCHES sets the count.

const searches = Number(process.env.SEARCHES ?? 30_000);
const concurrency = 16;
const port = 3411;
const limitMb = 100;

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const children = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return (
          readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid)
        );
      } catch {
        return false;
      }
    });
  return own + children.reduce((sum, child) => sum + rssKb(Number(child)), 0);
}

async function run(appUrl: string, cookie: string, from: number, count: number) {
  let next = from;
  let failures = 0;
  const worker = async () => {
    while (next < from + count) {
      const q = `search ${next++} ${randomBytes(4).toString("hex")}`;
      const response = await fetch(`${appUrl}/api/documents?q=${encodeURIComponent(q)}`, {
        headers: { cookie },
      });
      if (!response.ok) failures++;
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures;
}

async function main() {
  if (!process.env.SEARCH_MEMORY_SKIP_BUILD) {
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  const emulator = await startEmulator({
    clients: [
      { ...demoClient, redirectUris: [`http://localhost:${port}/api/auth/callback/onshape`] },
    ],
  });
  const app = await startAppServer(
    port,
    {
      AUTH_SECRET: randomBytes(33).toString("base64"),
      AUTH_URL: `http://localhost:${port}`,
      AUTH_ONSHAPE_ID: demoClient.id,
      AUTH_ONSHAPE_SECRET: demoClient.secret,
      ONSHAPE_OAUTH_URL: emulator.url,
      ONSHAPE_API_URL: emulator.url,
      PGLITE_DIR: `.data/search-memory-${Date.now()}`,
    },
    { heapProbe: true },
  );
  try {
    const cookie = await signInOverHttp(app.url, emulator.url, seededUsers[0]!.id);
    const warmUpFailures = await run(app.url, cookie, 0, 500);
    const heapBefore = await app.heap();
    const before = rssKb(app.pid);
    const started = Date.now();
    const failures = await run(app.url, cookie, 500, searches);
    const seconds = (Date.now() - started) / 1000;
    const after = rssKb(app.pid);
    // Workspace answers live 10 s in process memory; let them expire, then one more search.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    await run(app.url, cookie, 500 + searches, 1);
    const settled = rssKb(app.pid);
    // Where the growth is: the live JS heap, and memory outside it (PGlite's WebAssembly memory,
    // which never shrinks, and buffers), each after a full GC.
    const heapAfter = await app.heap();
    const growthMb = (after - before) / 1024;
    const report = {
      searches,
      seconds: Math.round(seconds),
      perSecond: Math.round(searches / seconds),
      failures: failures + warmUpFailures,
      rssBeforeMb: Math.round(before / 1024),
      rssAfterMb: Math.round(after / 1024),
      rssSettledMb: Math.round(settled / 1024),
      growthMb: Math.round(growthMb * 10) / 10,
      liveHeapMb: [heapBefore.heapUsed, heapAfter.heapUsed].map((bytes) =>
        Math.round(bytes / 2 ** 20),
      ),
      externalMb: [heapBefore.external, heapAfter.external].map((bytes) =>
        Math.round(bytes / 2 ** 20),
      ),
      limitMb,
    };
    console.log(JSON.stringify(report, null, 2));
    if (growthMb > limitMb || report.failures > 0) process.exitCode = 1;
  } finally {
    await app.stop();
    await emulator.close();
  }
}

await main();
