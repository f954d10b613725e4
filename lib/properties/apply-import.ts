import "server-only";
import { isAppError } from "@/lib/errors";
import {
  getPartProperties,
  notInWorkspace,
  updateManyPartProperties,
  updatePartProperties,
  type PropertyWrite,
} from "@/lib/onshape/part-metadata";
import type { ElementRef } from "@/lib/onshape/types";
import { planPartWrite, type PropertyChange } from "./write-part";

// Applying a preview: only the changes it showed, several parts per call (the batched
// updateWVMetadata), one call at a time, so a big file costs few calls and does not trip
// Onshape's rate limit (a 429 is waited out). Onshape's current values are read once first: a
// value that is neither the one previewed nor the one to write means the Part Studio changed
// since the preview, and then nothing is written and the user sees a new preview. A value that
// already is the one to write counts as unchanged, so applying the same file again writes only
// what is still different.
//
// The batch operation is documented for 2021 and unconfirmed on v16 (PLATFORM.md §8): the first
// call carries one part, so nothing else rides on it; where Onshape refuses the batch (or a value
// in it), its parts are written one call each, which also gives each row its own reason.

export type ApplyRow = { row: number; partId: string; changes: PropertyChange[] };

export type RowReport = {
  row: number;
  partId: string;
  status: "written" | "unchanged" | "failed" | "not-written";
  /** For failed and not-written rows. */
  reason?: string;
};

export type ApplyOutcome =
  { ok: true; report: RowReport[] } | { ok: false; reason: "changed"; changedRows: number[] };

export type ApplyOptions = {
  /** Longest Retry-After waited out per part before giving up on the rest. */
  maxRateWaitSec?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Parts per batched call after the first (which carries one). */
  batchSize?: number;
};

const defaultBatchSize = 20;

const rateRetries = 3;

export async function applyImport(
  input: { userId: string; ref: ElementRef; rows: readonly ApplyRow[] },
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const { userId, ref, rows } = input;
  if (ref.wvm !== "w") throw notInWorkspace();
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const maxWait = options.maxRateWaitSec ?? 30;
  const parts = new Map(
    (await getPartProperties(userId, ref, { fresh: true })).map((p) => [p.partId, p]),
  );
  const plans = rows.map((row) => {
    const part = parts.get(row.partId);
    return { row, plan: part ? planPartWrite(part.properties, row.changes) : null };
  });
  const changedRows = plans
    .filter(({ plan }) => plan === null || !plan.ok)
    .map(({ row }) => row.row);
  if (changedRows.length > 0) return { ok: false, reason: "changed", changedRows };

  const report: RowReport[] = [];
  const writes: Write[] = [];
  for (const { row, plan } of plans) {
    if (!plan?.ok) continue;
    if (plan.values.length === 0) {
      report.push({ row: row.row, partId: row.partId, status: "unchanged" });
    } else {
      writes.push({ row, values: plan.values, href: parts.get(row.partId)?.href });
    }
  }
  const retry = { sleep, maxWait };
  const one = (write: Write) =>
    writeWithRetries(
      () => updatePartProperties(userId, { ref, partId: write.row.partId, values: write.values }),
      retry,
    );
  let batches = true;
  let stopped: string | null = null;
  for (const chunk of chunks(writes, options.batchSize ?? defaultBatchSize)) {
    const base = (write: Write) => ({ row: write.row.row, partId: write.row.partId });
    if (stopped) {
      for (const write of chunk)
        report.push({ ...base(write), status: "not-written", reason: stopped });
      continue;
    }
    const items = chunk.flatMap((w) => (w.href ? [{ href: w.href, values: w.values }] : []));
    const together =
      batches && items.length === chunk.length
        ? await writeWithRetries(() => updateManyPartProperties(userId, { ref, items }), retry)
        : null;
    if (together?.ok) {
      for (const write of chunk) report.push({ ...base(write), status: "written" });
      continue;
    }
    if (together && !together.rowOnly) {
      for (const write of chunk) {
        report.push({ ...base(write), status: "failed", reason: together.reason });
      }
      // Anything but a refused value (Onshape down, no permission, the rate limit) would fail
      // every following row the same way.
      stopped = `Not tried after row ${chunk.at(-1)!.row.row} failed: ${together.reason}`;
      continue;
    }
    // Refused as a batch (or no href to name a part by): one call per part.
    if (together?.missing) batches = false;
    for (const write of chunk) {
      if (stopped) {
        report.push({ ...base(write), status: "not-written", reason: stopped });
        continue;
      }
      const outcome = await one(write);
      if (outcome.ok) {
        report.push({ ...base(write), status: "written" });
        continue;
      }
      report.push({ ...base(write), status: "failed", reason: outcome.reason });
      if (!outcome.rowOnly)
        stopped = `Not tried after row ${write.row.row} failed: ${outcome.reason}`;
    }
  }
  report.sort((a, b) => a.row - b.row);
  return { ok: true, report };
}

type Write = { row: ApplyRow; values: PropertyWrite[]; href: string | undefined };

/** One part first, then `size` at a time. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = items.length > 0 ? [items.slice(0, 1)] : [];
  for (let at = 1; at < items.length; at += Math.max(1, size)) {
    result.push(items.slice(at, at + Math.max(1, size)));
  }
  return result;
}

type Attempt =
  | { ok: true }
  /** rowOnly: Onshape refused the values; missing: it has no such operation (404). */
  | { ok: false; reason: string; rowOnly: boolean; missing?: boolean };

async function writeWithRetries(
  write: () => Promise<void>,
  { sleep, maxWait }: { sleep: (ms: number) => Promise<void>; maxWait: number },
): Promise<Attempt> {
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return { ok: true };
    } catch (error) {
      if (!isAppError(error)) throw error;
      const wait = error.retryAfterSec ?? 1;
      if (error.kind === "rate-limited" && attempt < rateRetries && wait <= maxWait) {
        await sleep(wait * 1000);
        continue;
      }
      const reason =
        error.kind === "forbidden"
          ? "Onshape refused the change (403): this app may not edit for you yet, or you may only view this document."
          : error.userMessage;
      const missing = error.kind === "not-found";
      return { ok: false, reason, rowOnly: error.kind === "bad-request" || missing, missing };
    }
  }
}
