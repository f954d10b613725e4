import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { demoClient } from "../emulator/demo-client";
import { gearboxIds } from "../emulator/seed";
import { startEmulator } from "../emulator/server";
import { startAppServer } from "./lib/app-server";
import { benchModels, modelBenchUsers, viewerChunkKb } from "./lib/bench-models";
import { signInOverHttp } from "./lib/http-sign-in";
import { diffCounts, median, percentile, sum } from "./lib/stats";

// `npm run bench`: the production app against the local Onshape with a fixed latency per API
// call. For each view: server time to the end of the HTML for a first view (a user whose cache
// is cold) and a repeat view, Onshape calls per view by operation, then first-load JS and
// throughput. Prints a table and writes bench-results/latest.json.

const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const warmups = 3;
const modelRuns = Number(process.env.BENCH_MODEL_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3300);
const appUrl = `http://localhost:${port}`;

const { document: did, versionV2: vid, workspace: wid } = gearboxIds;
const at = `/documents/${did}/v/${vid}`;

/** depth: the longest chain of Onshape calls that truly depend on each other for the view. */
const views = [
  { name: "documents list", path: "/documents", depth: 1 },
  { name: "document", path: at, depth: 1 },
  // Linked from the document page, which knows the element's type (`?type=`): the content is
  // fetched alongside the element lookup.
  { name: "Part Studio", path: `${at}/e/${gearboxIds.partStudio}?type=partstudio`, depth: 1 },
  // A pasted URL does not say the type: the lookup must come first.
  { name: "Part Studio (pasted URL)", path: `${at}/e/${gearboxIds.partStudio}`, depth: 2 },
  { name: "assembly (BOM)", path: `${at}/e/${gearboxIds.topAssembly}?type=assembly`, depth: 1 },
  {
    name: "CSV export (parts)",
    path: `/api/documents/${did}/v/${vid}/e/${gearboxIds.partStudio}/parts-csv`,
    depth: 1,
  },
  {
    name: "/tab",
    path: `/tab?${new URLSearchParams({
      documentId: did,
      workspaceId: wid,
      elementId: gearboxIds.partStudio,
      server: "SERVER",
      companyId: "cad",
      userId: "5c1a7e0b9f3d4a2e8b6c0d11",
      locale: "en-US",
      clientId: demoClient.id,
    })}`,
    depth: 1,
  },
];

async function timedGet(
  url: string,
  cookie: string,
): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

async function firstLoadJsKb(path: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${appUrl}${path}`, { headers: { cookie } })).text();
  const scripts = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!)),
  ];
  let bytes = 0;
  for (const src of scripts) {
    bytes += gzipSync(
      Buffer.from(await (await fetch(new URL(src, appUrl))).arrayBuffer()),
    ).byteLength;
  }
  return Math.round(bytes / 102.4) / 10;
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const emulator = await startEmulator({
    clients: [{ ...demoClient, redirectUris: [`${appUrl}/api/auth/callback/onshape`] }],
    // Every view gets its own users, so each first view starts with a cold cache.
    extraUsers: views.length * (runs + warmups) + modelBenchUsers(modelRuns) + 1,
  });
  const dataDir = `.data/bench-${randomBytes(4).toString("hex")}`;
  const app = await startAppServer(port, {
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_URL: appUrl,
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: demoClient.secret,
    ONSHAPE_OAUTH_URL: emulator.url,
    ONSHAPE_API_URL: emulator.url,
    PGLITE_DIR: dataDir,
  });
  try {
    const loadUsers = [...emulator.state.users.values()].filter((u) => u.sharesDataOf);
    const cookies: string[] = [];
    for (const user of loadUsers) cookies.push(await signInOverHttp(appUrl, emulator.url, user.id));
    emulator.state.config.latencyMs = latencyMs;
    const reportCookie = cookies.pop()!;
    const results = [];
    for (const view of views) {
      const path = view.path.replace("SERVER", encodeURIComponent(emulator.url));
      const first: number[] = [];
      const repeat: number[] = [];
      let firstCalls: Record<string, number> = {};
      let repeatCalls: Record<string, number> = {};
      const viewCookies = cookies.splice(0, warmups + runs);
      for (let i = 0; i < warmups + runs; i++) {
        const before = { ...emulator.state.counters.calls };
        const cold = await timedGet(`${appUrl}${path}`, viewCookies[i]!);
        const middle = { ...emulator.state.counters.calls };
        const warm = await timedGet(`${appUrl}${path}`, viewCookies[i]!);
        if (cold.status !== 200 || warm.status !== 200) {
          throw new Error(
            `${view.name}: answered ${cold.status}/${warm.status}\n${app.output().slice(-2000)}`,
          );
        }
        if (i < warmups) continue;
        first.push(cold.ms);
        repeat.push(warm.ms);
        firstCalls = diffCounts(middle, before);
        repeatCalls = diffCounts({ ...emulator.state.counters.calls }, middle);
      }
      const target = 1.25 * view.depth * latencyMs + 40;
      results.push({
        view: view.name,
        path,
        depth: view.depth,
        targetMs: target,
        first: { medianMs: median(first), p95Ms: percentile(first, 95), calls: firstCalls },
        repeat: { medianMs: median(repeat), p95Ms: percentile(repeat, 95), calls: repeatCalls },
        meetsTarget: median(first) <= target,
      });
    }
    const models = await benchModels({
      appUrl,
      cookies: cookies.splice(0, modelBenchUsers(modelRuns)),
      counters: () => emulator.state.counters,
    });
    const partStudio = views[2]!.path;
    const firstLoadJs = {
      "/tab": await firstLoadJsKb(
        views
          .find((v) => v.name === "/tab")!
          .path.replace("SERVER", encodeURIComponent(emulator.url)),
        reportCookie,
      ),
      "/documents": await firstLoadJsKb("/documents", reportCookie),
      "Part Studio": await firstLoadJsKb(partStudio, reportCookie),
      "3D viewer chunk (loaded on demand)": await viewerChunkKb(),
    };
    const load = await autocannon({
      url: `${appUrl}${partStudio}`,
      connections: 50,
      duration: Number(process.env.BENCH_DURATION_SEC ?? 15),
      headers: { cookie: reportCookie },
    });
    const throughput = {
      requestsPerSec: load.requests.average,
      latencyP50Ms: load.latency.p50,
      latencyP99Ms: load.latency.p99,
      total: load.requests.total,
      errors: load.errors,
      timeouts: load.timeouts,
      non2xx: load.non2xx,
    };
    const report = {
      date: new Date().toISOString(),
      latencyMs,
      runs,
      views: results,
      models,
      firstLoadJs,
      throughput,
    };
    await mkdir("bench-results", { recursive: true });
    await writeFile("bench-results/latest.json", JSON.stringify(report, null, 2));
    printTable(report);
  } finally {
    await app.stop();
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printTable(report: {
  latencyMs: number;
  runs: number;
  views: {
    view: string;
    depth: number;
    targetMs: number;
    meetsTarget: boolean;
    first: Stats;
    repeat: Stats;
  }[];
  models: { view: string; first: Stats; repeat: Stats; modelBytes: number }[];
  firstLoadJs: Record<string, number>;
  throughput: Record<string, number>;
}) {
  const calls = (c: Record<string, number>) =>
    sum(c) === 0
      ? "0"
      : `${sum(c)} (${Object.entries(c)
          .map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ""}`)
          .join(", ")})`;
  console.log(`\nLatency ${report.latencyMs} ms per Onshape call, ${report.runs} runs per view\n`);
  console.log(
    "| view | depth | target | first median | first p95 | first calls | repeat median | repeat p95 | repeat calls |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const v of report.views) {
    console.log(
      `| ${v.view} | ${v.depth} | ${v.targetMs} ms | ${v.first.medianMs.toFixed(0)} ms ${v.meetsTarget ? "✓" : "✗"} | ${v.first.p95Ms.toFixed(0)} ms | ${calls(v.first.calls)} | ${v.repeat.medianMs.toFixed(0)} ms | ${v.repeat.p95Ms.toFixed(0)} ms | ${calls(v.repeat.calls)} |`,
    );
  }
  console.log(
    `\n3D models (${modelRuns} users each; time from asking to the last byte of the glb)\n`,
  );
  console.log(
    "| model | bytes | first median | first p95 | first calls | repeat median | repeat calls |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const m of report.models) {
    console.log(
      `| ${m.view} | ${m.modelBytes} | ${m.first.medianMs.toFixed(0)} ms | ${m.first.p95Ms.toFixed(0)} ms | ${calls(m.first.calls)} | ${m.repeat.medianMs.toFixed(0)} ms | ${calls(m.repeat.calls)} |`,
    );
  }
  console.log(
    `\nFirst-load JS (gzip): ${Object.entries(report.firstLoadJs)
      .map(([p, kb]) => `${p} ${kb} kB`)
      .join(", ")}`,
  );
  const t = report.throughput;
  console.log(
    `Throughput (Part Studio, 50 connections): ${t.requestsPerSec?.toFixed(0)} req/s, p50 ${t.latencyP50Ms} ms, p99 ${t.latencyP99Ms} ms, ${t.total} requests, ${t.errors} errors, ${t.timeouts} timeouts, ${t.non2xx} non-2xx\n`,
  );
}

type Stats = { medianMs: number; p95Ms: number; calls: Record<string, number> };

await main();
