import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import type { AppServer, HeapReading } from "./app-server";

// Serves `total` requests of one page at 50 connections and reads the server's live heap (after
// a full GC) once `early` requests are done and again at the end: growth between the two is what
// a leak adds. The requests after the first `early` also give throughput, latency and the
// server's CPU time per request (from /proc, user + system).

export type LoadRun = {
  requests: number;
  early: HeapReading;
  end: HeapReading;
  growthBytes: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  failed: number;
};

export const maxGrowthBytes = 10 * 1024 * 1024;
export const maxRssBytes = 300 * 1024 * 1024;

const clockTicksPerSec = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU time the process has used so far, in ms. */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSec;
}

export async function runLoad(options: {
  server: AppServer;
  path: string;
  cookie?: string;
  total?: number;
  early?: number;
  connections?: number;
}): Promise<LoadRun> {
  const total = options.total ?? 20_000;
  const early = options.early ?? 1_000;
  let failed = 0;
  const serve = async (amount: number) => {
    const result = await autocannon({
      url: `${options.server.url}${options.path}`,
      connections: options.connections ?? 50,
      amount,
      headers: options.cookie ? { cookie: options.cookie } : {},
    });
    failed += result.non2xx + result.errors + result.timeouts;
    return result;
  };
  await serve(early);
  const earlyReading = await options.server.heap();
  const cpuBefore = await cpuMs(options.server.pid);
  const main = await serve(total - early);
  const cpuAfter = await cpuMs(options.server.pid);
  const end = await options.server.heap();
  return {
    requests: total,
    early: earlyReading,
    end,
    growthBytes: end.heapUsed - earlyReading.heapUsed,
    requestsPerSec: main.requests.average,
    p50Ms: main.latency.p50,
    p99Ms: main.latency.p99,
    cpuMsPerRequest: (cpuAfter - cpuBefore) / (total - early),
    failed,
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const loadTableHeader = [
  "| server | req/s | p50 | p99 | CPU per request | RSS at end | heap at 1,000 | heap at end | heap growth | failed |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
];

export function loadRow(name: string, run: LoadRun, { app = true } = {}): string {
  // The targets are the app's; the bare pages are the yardstick.
  const mark = (ok: boolean) => (app ? (ok ? " ✓" : " ✗") : "");
  return `| ${name} | ${run.requestsPerSec.toFixed(0)} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.cpuMsPerRequest.toFixed(1)} ms | ${mb(run.end.rss)}${mark(run.end.rss <= maxRssBytes)} | ${mb(run.early.heapUsed)} | ${mb(run.end.heapUsed)} | ${mb(run.growthBytes)}${mark(run.growthBytes <= maxGrowthBytes)} | ${run.failed} |`;
}
