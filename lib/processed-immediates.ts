// Node (20, and as of its own TODO in processImmediate, later ones too) leaves a run Immediate
// linked to its neighbours in the batch it ran in (`_idlePrev`, `_idleNext`). Each Immediate also
// holds the AsyncLocalStorage stores of the request that scheduled it. Next aborts a render's
// cache controller from an Immediate, so the abort's Error keeps that Immediate in its stack,
// and through `_idlePrev` every earlier Immediate of the batch, their requests, their Errors and
// so back through every request served (issue 17: 50 kB a request on PGlite, where renders end
// inside Immediates). Dropping the back link once an Immediate has run ends the chain: what a
// live request reaches is then never older than itself. Nothing reads `_idlePrev` of an
// Immediate that has run (clearImmediate returns early for it).

type Linked = NodeJS.Immediate & { _idlePrev?: unknown };

const globalForImmediates = globalThis as typeof globalThis & {
  onshapeImmediatesUnlinked?: boolean;
};

export function unlinkProcessedImmediates(): void {
  if (globalForImmediates.onshapeImmediatesUnlinked) return;
  globalForImmediates.onshapeImmediatesUnlinked = true;
  const schedule = globalThis.setImmediate;
  const unlinking = function setImmediate<A extends unknown[]>(
    callback: (...args: A) => void,
    ...args: A
  ): NodeJS.Immediate {
    return schedule(
      function (this: Linked, ...passed: A) {
        this._idlePrev = null;
        return callback.apply(this, passed);
      },
      ...args,
    );
  };
  // `util.promisify(setImmediate)` and friends keep working.
  globalThis.setImmediate = Object.assign(unlinking, schedule) as typeof setImmediate;
}
