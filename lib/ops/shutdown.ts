import { log } from "./logger";

// On SIGTERM, Next.js's server stops accepting connections, lets in-flight requests finish and
// exits. This adds what it lacks: /api/ready answers 503 at once (a balancer stops sending
// here), a log line, and a bound, so a hung request cannot keep the server up forever.

const globalForShutdown = globalThis as typeof globalThis & { onshapeAppDraining?: boolean };

export function isDraining(): boolean {
  return globalForShutdown.onshapeAppDraining === true;
}

let installed = false;

export function installShutdown({ graceSec }: { graceSec: number }): void {
  if (installed) return;
  installed = true;
  const begin = (signal: NodeJS.Signals) => {
    if (isDraining()) return;
    globalForShutdown.onshapeAppDraining = true;
    log().info({ signal, graceSec }, "shutting down: finishing in-flight requests");
    setTimeout(() => {
      log().warn({ graceSec }, "in-flight requests did not finish in time: exiting");
      process.exit(1);
    }, graceSec * 1000).unref();
  };
  process.on("SIGTERM", begin);
  process.on("SIGINT", begin);
}
