import { log } from "./logger";

// On SIGTERM, Next.js's server stops accepting connections, lets in-flight requests finish and
// exits. This adds what it lacks: /api/ready answers 503 at once (a balancer stops sending
// here), a log line, a bound, so a hung request cannot keep the server up forever, and hooks
// that write what the process holds in memory (the API call counts) before it exits.

const globalForShutdown = globalThis as typeof globalThis & {
  onshapeAppDraining?: boolean;
  onshapeAppShutdownHooks?: Set<() => Promise<void>>;
};

/** How long the hooks may take at exit. */
const hooksBoundMs = 3_000;

export function isDraining(): boolean {
  return globalForShutdown.onshapeAppDraining === true;
}

/**
 * Runs `hook` when shutdown begins and once more right before the process exits (after the
 * in-flight requests, which may have added to what it writes). Kept on globalThis: Next loads
 * this module once per bundle.
 */
export function onShutdown(hook: () => Promise<void>): void {
  globalForShutdown.onshapeAppShutdownHooks ??= new Set();
  globalForShutdown.onshapeAppShutdownHooks.add(hook);
}

async function runHooks(when: string): Promise<void> {
  const hooks = [...(globalForShutdown.onshapeAppShutdownHooks ?? [])];
  const bound = new Promise<void>((resolve) => setTimeout(resolve, hooksBoundMs).unref());
  const all = Promise.all(
    hooks.map((hook) =>
      hook().catch((error: unknown) =>
        log().error({ when, err: (error as Error).message }, "shutdown hook failed"),
      ),
    ),
  );
  await Promise.race([all, bound]);
}

let installed = false;

export function installShutdown({ graceSec }: { graceSec: number }): void {
  if (installed) return;
  installed = true;
  const begin = (signal: NodeJS.Signals) => {
    if (isDraining()) return;
    globalForShutdown.onshapeAppDraining = true;
    log().info({ signal, graceSec }, "shutting down: finishing in-flight requests");
    void runHooks("draining");
    // Next exits with process.exit once the requests are done and offers no hook of its own
    // in production: the exit waits for the hooks (bounded), then goes ahead.
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number | string | null) => {
      if (exiting) return undefined as never;
      exiting = true;
      void runHooks("exit").finally(() => exit(code));
      return undefined as never;
    }) as typeof process.exit;
    setTimeout(() => {
      log().warn({ graceSec }, "in-flight requests did not finish in time: exiting");
      process.exit(1);
    }, graceSec * 1000).unref();
  };
  process.on("SIGTERM", begin);
  process.on("SIGINT", begin);
}
