import autocannon from "autocannon";
import type { AppServer, HeapReading } from "./app-server";

// Serves `total` requests of one page and reads the server's live heap (after a full GC) once
// `early` requests are done and again at the end: growth between the two is what a leak adds.

export type MemoryRun = {
  requests: number;
  early: HeapReading;
  end: HeapReading;
  growthBytes: number;
  non2xx: number;
  errors: number;
};

export async function runMemory(options: {
  server: AppServer;
  path: string;
  cookie?: string;
  total?: number;
  early?: number;
  connections?: number;
}): Promise<MemoryRun> {
  const total = options.total ?? 20_000;
  const early = options.early ?? 1_000;
  let non2xx = 0;
  let errors = 0;
  const serve = async (amount: number) => {
    const result = await autocannon({
      url: `${options.server.url}${options.path}`,
      connections: options.connections ?? 50,
      amount,
      headers: options.cookie ? { cookie: options.cookie } : {},
    });
    non2xx += result.non2xx;
    errors += result.errors + result.timeouts;
  };
  await serve(early);
  const earlyReading = await options.server.heap();
  await serve(total - early);
  const end = await options.server.heap();
  return {
    requests: total,
    early: earlyReading,
    end,
    growthBytes: end.heapUsed - earlyReading.heapUsed,
    non2xx,
    errors,
  };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const maxGrowthBytes = 10 * 1024 * 1024;
export const maxRssBytes = 300 * 1024 * 1024;

export function memoryRow(name: string, run: MemoryRun): string {
  const growthOk = run.growthBytes <= maxGrowthBytes;
  const rssOk = run.end.rss <= maxRssBytes;
  return `| ${name} | ${run.requests} | ${mb(run.early.heapUsed)} | ${mb(run.end.heapUsed)} | ${mb(run.growthBytes)} ${growthOk ? "✓" : "✗"} | ${mb(run.end.rss)} ${rssOk ? "✓" : "✗"} | ${run.non2xx + run.errors} |`;
}
