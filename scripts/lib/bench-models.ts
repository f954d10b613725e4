import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { gearboxIds } from "../../emulator/seed";
import { diffCounts, median, percentile } from "./stats";

// The 3D view's rows of `npm run bench`: time from asking for a model to having all its bytes
// (start, progress polls, download, as the browser does it) and Onshape calls, for a first
// view (a user who never saw it) and a repeat view; and the size of the viewer's own chunk.

type Counters = { calls: Record<string, number> };

export type ModelBenchRow = {
  view: string;
  first: { medianMs: number; p95Ms: number; calls: Record<string, number> };
  repeat: { medianMs: number; p95Ms: number; calls: Record<string, number> };
  modelBytes: number;
};

const { document: did, versionV2: vid, partStudio, topAssembly } = gearboxIds;
const targets = [
  { view: "3D view, Part Studio (version)", eid: partStudio, kind: "partstudio" },
  { view: "3D view, assembly (version)", eid: topAssembly, kind: "assembly" },
] as const;

/** How many fresh signed-in users `benchModels` needs. */
export const modelBenchUsers = (runs: number) => targets.length * runs;

async function timeToModel(
  appUrl: string,
  cookie: string,
  target: (typeof targets)[number],
): Promise<{ ms: number; bytes: number }> {
  const base = `${appUrl}/api/documents/${did}/v/${vid}/e/${target.eid}/model`;
  const query = `kind=${target.kind}&configuration=`;
  const headers = { cookie, origin: appUrl, "accept-encoding": "gzip" };
  const started = performance.now();
  let status = (await (await fetch(`${base}?${query}`, { method: "POST", headers })).json()) as {
    state: string;
    snapshot: string;
  };
  while (status.state !== "ready") {
    if (status.state === "failed") throw new Error(`${target.view}: the model failed`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    status = (await (
      await fetch(`${base}?${query}&snapshot=${status.snapshot}`, { headers })
    ).json()) as typeof status;
  }
  const file = await fetch(`${base}/file?${query}&snapshot=${status.snapshot}`, { headers });
  const bytes = (await file.arrayBuffer()).byteLength;
  if (!file.ok) throw new Error(`${target.view}: the file answered ${file.status}`);
  return { ms: performance.now() - started, bytes };
}

export async function benchModels(options: {
  appUrl: string;
  cookies: string[];
  counters: () => Counters;
}): Promise<ModelBenchRow[]> {
  const rows: ModelBenchRow[] = [];
  const cookies = [...options.cookies];
  const runs = cookies.length / targets.length;
  for (const target of targets) {
    const first: number[] = [];
    const repeat: number[] = [];
    let firstCalls: Record<string, number> = {};
    let repeatCalls: Record<string, number> = {};
    let modelBytes = 0;
    for (const cookie of cookies.splice(0, runs)) {
      const before = { ...options.counters().calls };
      const cold = await timeToModel(options.appUrl, cookie, target);
      const middle = { ...options.counters().calls };
      const warm = await timeToModel(options.appUrl, cookie, target);
      first.push(cold.ms);
      repeat.push(warm.ms);
      modelBytes = warm.bytes;
      firstCalls = diffCounts(middle, before);
      repeatCalls = diffCounts({ ...options.counters().calls }, middle);
    }
    rows.push({
      view: target.view,
      first: { medianMs: median(first), p95Ms: percentile(first, 95), calls: firstCalls },
      repeat: { medianMs: median(repeat), p95Ms: percentile(repeat, 95), calls: repeatCalls },
      modelBytes,
    });
  }
  return rows;
}

/** gzip size of the build's chunks that hold three.js (loaded only when a model is drawn). */
export async function viewerChunkKb(distDir = ".next"): Promise<number> {
  const dir = path.join(distDir, "static", "chunks");
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".js"));
  let bytes = 0;
  for (const file of files) {
    const text = await readFile(path.join(dir, file));
    if (text.includes("WebGLRenderer") || text.includes("THREE.GLTFLoader")) {
      bytes += gzipSync(text).byteLength;
    }
  }
  return Math.round(bytes / 102.4) / 10;
}

/**
 * What the 3D view adds to an element page's first load: the eager part of its island (the
 * view, its fetching, the WebGL check), the largest such module in any chunk, gzipped alone.
 */
export async function viewerIslandKb(distDir = ".next"): Promise<number> {
  const dir = path.join(distDir, "static", "chunks");
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".js"));
  let largest = 0;
  for (const file of files) {
    const text = (await readFile(path.join(dir, file))).toString();
    if (!text.includes("model-view-shown")) continue;
    // Turbopack's chunks list modules as `,<id>,e=>{…}`.
    const starts = [...text.matchAll(/,\d+,e=>\{/g)].map((match) => match.index);
    starts.push(text.length);
    for (let i = 0; i + 1 < starts.length; i++) {
      const body = text.slice(starts[i], starts[i + 1]);
      if (body.includes("model-view-shown")) {
        largest = Math.max(largest, gzipSync(body).byteLength);
      }
    }
  }
  return Math.round(largest / 102.4) / 10;
}
