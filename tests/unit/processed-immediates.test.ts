import { AsyncLocalStorage } from "node:async_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { unlinkProcessedImmediates } from "@/lib/processed-immediates";

// Issue 17, the leak on PGlite: an Error made inside an Immediate (Next aborting a render's
// cache controller) keeps that Immediate in its stack; a run Immediate stays linked to the one
// before it in its batch, and each holds the stores of the request that scheduled it. So one
// kept Error kept every earlier request.

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const plainSetImmediate = globalThis.setImmediate;
const kept: Error[] = [];

/** Two requests schedule Immediates in one batch; the later one's Error is kept (as Next's is). */
async function earlierRequestSurvives(): Promise<boolean> {
  const als = new AsyncLocalStorage<object>();
  // Each request in a scope of its own: the later one's callback must not close over the store.
  const scheduleEarlier = () => {
    const store = { request: "an earlier render's state" };
    als.run(store, () => setImmediate(() => {}));
    return new WeakRef(store);
  };
  const earlier = scheduleEarlier();
  await new Promise<void>((resolve) => {
    als.run({ request: "a later render" }, () =>
      setImmediate(() => {
        kept.push(new Error("aborted"));
        resolve();
      }),
    );
  });
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => plainSetImmediate(resolve));
    gc();
  }
  kept.length = 0;
  return earlier.deref() !== undefined;
}

describe("Immediates that have run", () => {
  it("keep the requests before them in their batch with Node's own setImmediate (so this check can fail)", async () => {
    expect(await earlierRequestSurvives()).toBe(true);
  });

  it("keep nothing before them once unlinked at start-up", async () => {
    unlinkProcessedImmediates();
    expect(globalThis.setImmediate).not.toBe(plainSetImmediate);
    expect(await earlierRequestSurvives()).toBe(false);
    // Arguments, the Immediate as `this`, and promisified use still work.
    const seen = await new Promise<[unknown, boolean]>((resolve) =>
      setImmediate(function (this: unknown, value: string) {
        resolve([value, this !== undefined && this !== globalThis]);
      }, "passed"),
    );
    expect(seen).toEqual(["passed", true]);
    const { promisify } = await import("node:util");
    expect(await promisify(setImmediate)("value")).toBe("value");
  });
});
