import "server-only";
import { isAppError } from "@/lib/errors";
import {
  getPartProperties,
  notInWorkspace,
  updatePartProperties,
} from "@/lib/onshape/part-metadata";
import type { ElementRef } from "@/lib/onshape/types";
import { planPartWrite, type PropertyChange } from "./write-part";

// Applying a preview: only the changes it showed, one part per call, one call at a time (so a
// big file does not trip Onshape's rate limit; a 429 is waited out). Onshape's current values
// are read once first: a value that is neither the one previewed nor the one to write means
// the Part Studio changed since the preview, and then nothing is written and the user sees a
// new preview. A value that already is the one to write counts as unchanged, so applying the
// same file again writes only what is still different.

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
};

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
  let stopped: string | null = null;
  for (const { row, plan } of plans) {
    if (!plan?.ok) continue;
    const base = { row: row.row, partId: row.partId };
    if (plan.values.length === 0) {
      report.push({ ...base, status: "unchanged" });
      continue;
    }
    if (stopped) {
      report.push({ ...base, status: "not-written", reason: stopped });
      continue;
    }
    const outcome = await writeWithRetries(
      () => updatePartProperties(userId, { ref, partId: row.partId, values: plan.values }),
      { sleep, maxWait },
    );
    if (outcome.ok) {
      report.push({ ...base, status: "written" });
      continue;
    }
    report.push({ ...base, status: "failed", reason: outcome.reason });
    // A refusal of this part's values is about this row; anything else (Onshape down, no
    // permission, the rate limit) would fail every following row the same way.
    if (!outcome.rowOnly) stopped = `Not tried after row ${row.row} failed: ${outcome.reason}`;
  }
  return { ok: true, report };
}

type Attempt = { ok: true } | { ok: false; reason: string; rowOnly: boolean };

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
      return { ok: false, reason, rowOnly: error.kind === "bad-request" };
    }
  }
}
