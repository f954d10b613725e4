import { getDb } from "@/lib/db/client";
import { log } from "@/lib/ops/logger";
import { onShutdown } from "@/lib/ops/shutdown";
import { inStartUpContext } from "@/lib/start-up-context";
import { readAccountUsage, type AccountUsage } from "./account-usage";
import { addCallCounts, type CallTally } from "./call-counts";
import { createCallCounter, type CallCounter } from "./call-counter";

// The server process's one call counter (call-counter.ts says how counting works). Kept on
// globalThis: Next bundles pages and route handlers separately, and both call Onshape.

const globalForCounter = globalThis as typeof globalThis & { onshapeCallCounter?: CallCounter };

export function appCallCounter(): CallCounter {
  if (globalForCounter.onshapeCallCounter) return globalForCounter.onshapeCallCounter;
  const counter = createCallCounter({
    write: async (tallies) => writeTallies(tallies),
    // The timer would otherwise keep the request that started it reachable (start-up-context).
    setTimer: (run, ms) =>
      inStartUpContext(() => {
        const timer = setTimeout(run, ms);
        timer.unref();
        return () => clearTimeout(timer);
      }),
    onError: (error) =>
      log().error({ err: (error as Error).message }, "could not store API call counts; retrying"),
  });
  onShutdown(() => counter.flush());
  globalForCounter.onshapeCallCounter = counter;
  return counter;
}

async function writeTallies(tallies: CallTally[]): Promise<CallTally[]> {
  const db = await getDb();
  try {
    await addCallCounts(db, tallies);
    return [];
  } catch (error) {
    // One statement: nothing was stored. Only an account deleted meanwhile (its row gone)
    // is worth splitting for, so that it does not hold back the others for ever.
    if (!isForeignKeyViolation(error)) throw error;
  }
  const left: CallTally[] = [];
  let dropped = 0;
  for (const tally of tallies) {
    try {
      await addCallCounts(db, [tally]);
    } catch (error) {
      if (isForeignKeyViolation(error)) dropped++;
      else left.push(tally);
    }
  }
  log().warn({ accounts: dropped }, "dropped API call counts of accounts that are gone");
  return left;
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === "23503") return true;
  }
  return false;
}

/**
 * The account's stored counts, this server's unwritten ones included (written first). Other
 * servers' last few seconds show on a later look.
 */
export async function currentAccountUsage(userId: string): Promise<AccountUsage> {
  await appCallCounter()
    .flush()
    .catch(() => {});
  return readAccountUsage(await getDb(), userId);
}
