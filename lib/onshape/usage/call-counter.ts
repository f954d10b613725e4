import type { CallTally } from "./call-counts";
import { utcDay } from "./call-counts";

// How the API budget is counted, correct on any number of servers: each server adds up its
// Onshape calls in memory per (account, UTC day) and writes the sums as increments at most
// every few seconds (call-counts.ts: INSERT … ON CONFLICT add). A call costs no database
// write on its way; a crash loses at most the last interval's counts; SIGTERM writes them
// before the process exits (lib/ops/shutdown.ts). A failed write keeps its counts for the
// next one, so a database hiccup loses nothing either.

export type CallCounterOptions = {
  /**
   * Stores the tallies; resolves with those it could not store (kept for the next write).
   * Throwing means none was stored.
   */
  write: (tallies: CallTally[]) => Promise<CallTally[] | void>;
  /** Longest time a count waits in memory. */
  everyMs?: number;
  now?: () => Date;
  /** Starts the flush timer (the app starts it outside any request's async context). */
  setTimer?: (run: () => void, ms: number) => () => void;
  onError?: (error: unknown) => void;
};

export type CallCounter = ReturnType<typeof createCallCounter>;

const defaultTimer = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export function createCallCounter(options: CallCounterOptions) {
  const everyMs = options.everyMs ?? 5_000;
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? defaultTimer;
  let pending = new Map<string, CallTally>();
  let cancelTimer: (() => void) | undefined;
  let chain: Promise<void> = Promise.resolve();

  const add = (tally: CallTally) => {
    const key = `${tally.userId} ${tally.day}`;
    const known = pending.get(key);
    if (!known) return void pending.set(key, { ...tally });
    known.calls += tally.calls;
    if (tally.remaining && (!known.remaining || tally.remaining.seenAt >= known.remaining.seenAt))
      known.remaining = tally.remaining;
  };

  const schedule = () => {
    cancelTimer ??= setTimer(() => {
      cancelTimer = undefined;
      flush().catch((error: unknown) => options.onError?.(error));
    }, everyMs);
  };

  async function writeOnce(): Promise<void> {
    cancelTimer?.();
    cancelTimer = undefined;
    const taken = [...pending.values()];
    pending = new Map();
    if (taken.length === 0) return;
    let left: CallTally[] | void;
    try {
      left = await options.write(taken);
    } catch (error) {
      for (const tally of taken) add(tally);
      schedule();
      throw error;
    }
    if (left && left.length > 0) {
      for (const tally of left) add(tally);
      schedule();
    }
  }

  /** Writes every count made before this call (one write at a time per process). */
  function flush(): Promise<void> {
    const run = chain.then(writeOnce);
    chain = run.catch(() => {});
    return run;
  }

  return {
    /** One call to Onshape by this account, with Onshape's X-Rate-Limit-Remaining if sent. */
    count(userId: string, rateLimitRemaining?: number) {
      const at = now();
      add({
        userId,
        day: utcDay(at),
        calls: 1,
        remaining:
          rateLimitRemaining === undefined ? undefined : { value: rateLimitRemaining, seenAt: at },
      });
      schedule();
    },
    flush,
    /** Calls counted but not yet written, all accounts. */
    pendingCalls(): number {
      let calls = 0;
      for (const tally of pending.values()) calls += tally.calls;
      return calls;
    },
  };
}
