import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { demoClient } from "../emulator/demo-client";
import { startEmulator } from "../emulator/server";
import { cachedPartStudio } from "./lib/bench-paths";
import { startMeasuredApp, type Database } from "./lib/measured-servers";

// `npx tsx scripts/profile.ts`: a CPU profile of the production app (the current build) serving
// the cached Part Studio page at 50 connections, after a warm-up, and where its main thread's
// time goes: self time by package or app file, and the heaviest functions. PROFILE_DATABASE
// picks Postgres (default) or PGlite; PROFILE_PATH another page; the profile is kept in .data and
// PROFILE_READ=1 reads it again (PROFILE_INCLUSIVE=1 adds named functions' inclusive time).

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount: number;
  children?: number[];
};
type Profile = {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

const port = 3360;
const database = (process.env.PROFILE_DATABASE ?? "Postgres") as Database;
const page = process.env.PROFILE_PATH ?? cachedPartStudio;
const file = path.resolve(".data/app.cpuprofile");
const requests = 4_000;

const maps = new Map<string, SourceMap | undefined>();

/** A bundled frame's original file (from the build's source maps), else its own url. */
function originalUrl(frame: Node["callFrame"]): string {
  if (!frame.url.includes("/.next/")) return frame.url;
  if (!maps.has(frame.url)) {
    const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
    const map = `${file}.map`;
    maps.set(
      frame.url,
      existsSync(map) ? new SourceMap(JSON.parse(readFileSync(map, "utf8"))) : undefined,
    );
  }
  const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  const source = entry && "originalSource" in entry ? entry.originalSource : undefined;
  if (!source) return frame.url;
  return decodeURIComponent(source)
    .replace(/^turbopack:\/\/\/(\[project\]\/)?/, "")
    .replace(/^(\.\.\/)+/, "");
}

/** App code: the files a developer of this app writes. */
const appFile = (url: string) =>
  /^(app|components|lib|auth\.ts|proxy\.ts|instrumentation\.ts)/.test(url);

function bucket(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + 13).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === "next") {
      const compiled = url.match(/dist\/compiled\/([^/]+)/);
      if (compiled) return `next/compiled/${compiled[1]}`;
      const part = url.match(/dist\/(esm\/[^/]+\/[^/]+|server\/[^/]+|[^/]+)/);
      return `next/${part?.[1] ?? "?"}`;
    }
    return pkg;
  }
  if (url.includes("/.next/"))
    return `.next/${url.split("/.next/")[1]!.split("/").slice(0, 2).join("/")}`;
  return url;
}

function add(totals: Map<string, number>, key: string, micros: number) {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

function report(profile: Profile, heading: string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const urls = new Map(profile.nodes.map((node) => [node.id, originalUrl(node.callFrame)]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  // Inclusive: every sample whose stack passes through the app file (or named function).
  const inclusive = new Map<string, number>();
  const inclusiveFunctions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const { functionName, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") return;
    total += micros;
    const url = urls.get(id)!;
    const where = appFile(url) ? url : bucket(url, functionName);
    add(buckets, where, micros);
    add(functions, `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`, micros);
    const files = new Set<string>();
    const named = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frameUrl = urls.get(at)!;
      if (appFile(frameUrl)) files.add(frameUrl);
      const frame = byId.get(at)!.callFrame;
      if (frame.functionName && !frameUrl.includes("/compiled/"))
        named.add(
          `${frame.functionName} ${bucket(frameUrl, frame.functionName)}:${frame.lineNumber + 1}`,
        );
    }
    for (const file of files) add(inclusive, file, micros);
    for (const key of named) add(inclusiveFunctions, key, micros);
  });
  const perRequest = (micros: number) => `${(micros / 1000 / requests).toFixed(2)} ms`;
  const printTop = (title: string, totals: Map<string, number>, count: number) => {
    console.log(`\n${title}:`);
    for (const [name, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, count))
      console.log(`  ${perRequest(micros).padStart(9)}  ${name}`);
  };
  console.log(`${heading}, busy ${perRequest(total)} per request`);
  printTop("Self time per request, by package or file", buckets, 30);
  printTop("App files, time spent in them and what they call, per request", inclusive, 30);
  if (process.env.PROFILE_INCLUSIVE)
    printTop(
      "Named functions (not minified), time in them and what they call, per request",
      inclusiveFunctions,
      80,
    );
  printTop("Heaviest functions (self time per request)", functions, 40);
}

async function main() {
  if (process.env.PROFILE_READ) {
    const saved = JSON.parse(await readFile(file, "utf8")) as Profile;
    report(saved, `${file}, ${requests} requests`);
    return;
  }
  // Read by cpu-probe.mjs in the server, which inherits this process's environment.
  process.env.CPU_PROBE_FILE = file;
  // A fresh clone on Postgres has no .data yet, and the probe writes there.
  await mkdir(path.dirname(file), { recursive: true });
  const emulator = await startEmulator({
    clients: [
      { ...demoClient, redirectUris: [`http://localhost:${port}/api/auth/callback/onshape`] },
    ],
  });
  const [userId] = emulator.state.users.keys();
  const app = await startMeasuredApp({
    port,
    emulator,
    database,
    userId: userId!,
    preload: path.resolve("scripts/lib/cpu-probe.mjs"),
  });
  const load = (amount: number) =>
    autocannon({
      url: `${app.server.url}${page}`,
      connections: 50,
      amount,
      headers: { cookie: app.cookie },
    });
  try {
    await load(2_000);
    await rm(file, { force: true });
    process.kill(app.server.pid, "SIGWINCH");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const run = await load(requests);
    process.kill(app.server.pid, "SIGWINCH");
    // The profiler's own cost lowers these; compare them only with other profiled runs.
    let profile: Profile | undefined;
    for (let i = 0; i < 50 && !profile; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      profile = await readFile(file, "utf8").then(
        (text) => JSON.parse(text) as Profile,
        () => undefined,
      );
    }
    if (!profile) throw new Error(`no profile written:\n${app.server.output().slice(-3000)}`);
    report(
      profile,
      `${requests} requests of ${page} on ${database}: ${run.requests.average} req/s, p50 ${run.latency.p50} ms`,
    );
  } finally {
    await app.stop();
    await emulator.close();
  }
}

await main();
