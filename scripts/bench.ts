import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { demoClient } from "../emulator/demo-client";
import { gearboxIds } from "../emulator/seed";
import { startEmulator } from "../emulator/server";
import { postgresAvailable } from "../tests/unit/support/postgres";
import { startAppServer } from "./lib/app-server";
import { cachedPartStudio } from "./lib/bench-paths";
import { benchModels, modelBenchUsers, viewerChunkKb, viewerIslandKb } from "./lib/bench-models";
import { signInOverHttp } from "./lib/http-sign-in";
import {
  buildBarePage,
  startBarePage,
  startMeasuredApp,
  type MeasuredServer,
} from "./lib/measured-servers";
import {
  loadRow,
  loadTableHeader,
  maxGrowthBytes,
  maxRssBytes,
  mb,
  runLoad,
  type LoadRun,
} from "./lib/memory-run";
import { diffCounts, median, percentile, sum } from "./lib/stats";

// `npm run bench`: the production app against the local Onshape with a fixed latency per API
// call. For each view: server time to the end of the HTML for a first view (a user whose cache
// is cold) and a repeat view, Onshape calls per view by operation, and first-load JS. Then,
// side by side in the same run, the cached Part Studio page under load (50 connections,
// 20,000 requests: throughput, latency, CPU per request, RSS, heap growth after a full GC) on
// the app with Postgres and with PGlite, and on a bare Next page built from the same
// node_modules (scripts/bench-bare) that reads a cookie, with and without one Postgres query.
// Prints the tables and writes bench-results/latest.json.

const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const warmups = 3;
const modelRuns = Number(process.env.BENCH_MODEL_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3300);
const loadPort = port + 1;
const loadRequests = Number(process.env.BENCH_LOAD_REQUESTS ?? 20_000);
const appUrl = `http://localhost:${port}`;

const { document: did, versionV2: vid, workspace: wid } = gearboxIds;
const at = `/documents/${did}/v/${vid}`;

/** depth: the longest chain of Onshape calls that truly depend on each other for the view. */
const views = [
  { name: "documents list", path: "/documents", depth: 1 },
  { name: "document", path: at, depth: 1 },
  // Linked from the document page, which knows the element's type (`?type=`): the content is
  // fetched alongside the element lookup.
  { name: "Part Studio", path: cachedPartStudio, depth: 1 },
  {
    name: "Part Studio (workspace)",
    path: `/documents/${did}/w/${wid}/e/${gearboxIds.partStudio}?type=partstudio`,
    depth: 1,
  },
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
  // The right panel's first render: the element's type, then (it decides what to read) the
  // data every selection is combined from.
  {
    name: "/panel (first render)",
    path: `/panel?documentId=${did}&wv=w&wvid=${wid}&elementId=${gearboxIds.partStudio}&configuration={$configuration}&server=SERVER&companyId=cad&locale=en-US`,
    depth: 2,
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
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
    buildBarePage();
  }
  const emulator = await startEmulator({
    clients: [
      {
        ...demoClient,
        redirectUris: [port, loadPort].map(
          (p) => `http://localhost:${p}/api/auth/callback/onshape`,
        ),
      },
    ],
    // Every view gets its own users, so each first view starts with a cold cache.
    extraUsers: views.length * (runs + warmups) + modelBenchUsers(modelRuns) + 1,
    tabUrl: `${appUrl}/tab`,
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
      "3D view's share of an element page (target ≤ 5 kB)": await viewerIslandKb(),
      "3D viewer chunk (loaded on demand)": await viewerChunkKb(),
    };
    const panelSelection = await panelSelectionChange(emulator);
    const report = {
      date: new Date().toISOString(),
      latencyMs,
      runs,
      views: results,
      models,
      firstLoadJs,
      load: [] as { server: string; run: LoadRun }[],
      panelSelection,
    };
    printTable(report);
    // The load runs come one at a time, each alone on the machine with the local Onshape.
    await app.stop();
    const [userId] = emulator.state.users.keys();
    const servers: { name: string; app: boolean; start: () => Promise<MeasuredServer> }[] = [
      {
        name: "bare page",
        app: false,
        start: () => startBarePage({ port: loadPort, withQuery: false }),
      },
      {
        name: "bare page + one Postgres query",
        app: false,
        start: () => startBarePage({ port: loadPort, withQuery: true }),
      },
      {
        name: "app on Postgres",
        app: true,
        start: () =>
          startMeasuredApp({ port: loadPort, emulator, database: "Postgres", userId: userId! }),
      },
      {
        name: "app on PGlite",
        app: true,
        start: () =>
          startMeasuredApp({ port: loadPort, emulator, database: "PGlite", userId: userId! }),
      },
    ];
    const hasPostgres = await postgresAvailable();
    for (const { name, app: isApp, start } of servers) {
      if (name.includes("Postgres") && !hasPostgres) continue;
      const measured = await start();
      try {
        const path = isApp ? cachedPartStudio : "/";
        const first = await fetch(`${measured.server.url}${path}`, {
          headers: { cookie: measured.cookie },
        });
        if (first.status !== 200) throw new Error(`${name}: answered ${first.status}`);
        const run = await runLoad({
          server: measured.server,
          path,
          cookie: measured.cookie,
          total: loadRequests,
        });
        report.load.push({ server: name, run });
        console.log(loadRow(name, run, { app: isApp }));
      } finally {
        await measured.stop();
      }
    }
    await mkdir("bench-results", { recursive: true });
    await writeFile("bench-results/latest.json", JSON.stringify(report, null, 2));
    printLoadTable(report.load);
  } finally {
    await app.stop();
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printLoadTable(load: { server: string; run: LoadRun }[]) {
  console.log(
    `\nCached Part Studio page (bare: \`/\`), 50 connections, ${loadRequests} requests each, one server at a time; throughput, latency and CPU over the requests after the first 1,000; heap: live after a full GC at 1,000 and at the end (app targets: growth ≤ ${mb(maxGrowthBytes)}, RSS ≤ ${mb(maxRssBytes)})\n`,
  );
  for (const line of loadTableHeader) console.log(line);
  for (const { server, run } of load)
    console.log(loadRow(server, run, { app: server.startsWith("app") }));
  const yardstick = load.find((l) => l.server === "bare page + one Postgres query")?.run;
  for (const { server, run } of load.filter((l) => l.server.startsWith("app"))) {
    if (!yardstick) break;
    const ratio = run.requestsPerSec / yardstick.requestsPerSec;
    console.log(
      `${server}: ${ratio.toFixed(2)} × the bare page + query's throughput ${ratio >= 0.5 ? "✓" : "✗"} (target ≥ 0.5), p50 ${run.p50Ms} ms ${run.p50Ms <= 300 ? "✓" : "✗"} (≤ 300), p99 ${run.p99Ms} ms ${run.p99Ms <= 600 ? "✓" : "✗"} (≤ 600), CPU ${(run.cpuMsPerRequest / yardstick.cpuMsPerRequest).toFixed(1)} × per request`,
    );
  }
}

/**
 * The right panel in Chromium beside the local Onshape's model view: time from a click in the
 * model view (which posts SELECTION) to the panel's figures changing, and Onshape calls made.
 */
async function panelSelectionChange(emulator: Awaited<ReturnType<typeof startEmulator>>) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${emulator.url}/documents/${did}/w/${wid}/e/${gearboxIds.partStudio}?panel=1`);
    const panel = page.frameLocator("#app-panel");
    // A panel opened before any grant shows the grant screen (components/tab).
    await panel.getByRole("button", { name: "Grant access" }).click();
    await panel.getByLabel("Ada Lovelace", { exact: false }).check();
    await panel.getByRole("button", { name: "Allow" }).click();
    await panel.getByTestId("selection-totals").waitFor();
    await page
      .locator('#message-log li[data-message-name="applicationInit"][data-verdict="accepted"]')
      .first()
      .waitFor();
    const frame = page.frames().find((f) => f.url().includes("/panel?"))!;
    type Probe = { changes: number[] };
    await frame.evaluate(() => {
      const probe: Probe = { changes: [] };
      (window as unknown as { probe: Probe }).probe = probe;
      new MutationObserver(() =>
        probe.changes.push(performance.timeOrigin + performance.now()),
      ).observe(document.querySelector("[data-testid=selection-totals]")!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const parts = ["JHD", "JHH", "JHL", "JHP", "JHT"];
    const times: number[] = [];
    const before = { ...emulator.state.counters.calls };
    for (let i = 0; i < warmups + runs; i++) {
      await frame.evaluate(() => {
        (window as unknown as { probe: Probe }).probe.changes = [];
      });
      const clickedAt = await page.evaluate(
        (partId) => {
          const at = performance.timeOrigin + performance.now();
          document.querySelector<HTMLElement>(`[data-testid=part-${partId}]`)!.click();
          return at;
        },
        parts[i % parts.length]!,
      );
      await frame.waitForFunction(
        () => (window as unknown as { probe: Probe }).probe.changes.length > 0,
      );
      const changedAt = await frame.evaluate(
        () => (window as unknown as { probe: Probe }).probe.changes[0]!,
      );
      if (i >= warmups) times.push(changedAt - clickedAt);
    }
    return {
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      calls: diffCounts({ ...emulator.state.counters.calls }, before),
      targetMs: 50,
    };
  } finally {
    await browser.close();
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
  panelSelection: Stats & { targetMs: number };
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
  const p = report.panelSelection;
  console.log(
    `| /panel selection change (browser) | 0 | ${p.targetMs} ms | ${p.medianMs.toFixed(1)} ms ${p.medianMs <= p.targetMs ? "✓" : "✗"} | ${p.p95Ms.toFixed(1)} ms | ${calls(p.calls)} | | | |`,
  );
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
}

type Stats = { medianMs: number; p95Ms: number; calls: Record<string, number> };

await main();
