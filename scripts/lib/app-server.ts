import { spawn } from "node:child_process";
import path from "node:path";

// Starts `next start` of a build (the app's, or another project's `dir`) with the given settings
// and waits until it serves. With `heapProbe`, the server answers `heap()`: the live heap after a
// full garbage collection, and its RSS (see heap-probe.mjs).

/** After a full GC: the live JS heap, memory outside it (buffers, WebAssembly such as PGlite's), RSS. */
export type HeapReading = { heapUsed: number; external: number; rss: number; snapshot?: string };

export type AppServer = {
  url: string;
  pid: number;
  output: () => string;
  heap: () => Promise<HeapReading>;
  stop: () => Promise<void>;
};

export async function startAppServer(
  port: number,
  env: Record<string, string>,
  options: {
    dir?: string;
    heapProbe?: boolean;
    /** Another module to preload into the server (`node --import`), such as the CPU probe. */
    preload?: string;
    readyPath?: string;
  } = {},
): Promise<AppServer> {
  const preloads = [
    ...(options.heapProbe ? [path.resolve("scripts/lib/heap-probe.mjs")] : []),
    ...(options.preload ? [options.preload] : []),
  ];
  const nodeArgs = preloads.flatMap((module) => ["--import", module]);
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      // A project's own next (the yardstick has its own node_modules): one React per server.
      path.resolve(options.dir ?? ".", "node_modules/next/dist/bin/next"),
      "start",
      ...(options.dir ? [options.dir] : []),
      "--port",
      String(port),
    ],
    // As the README deploys it (glibc arenas capped), for the app and the yardstick alike.
    { env: { MALLOC_ARENA_MAX: "2", ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } },
  );
  let output = "";
  const probeWaiters: ((reading: HeapReading) => void)[] = [];
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    for (const [, json] of text.matchAll(/\[heap-probe\] (\{.*\})/g)) {
      probeWaiters.shift()?.(JSON.parse(json!) as HeapReading);
    }
    output += text;
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const heap = () => {
    if (!options.heapProbe) throw new Error("started without the heap probe");
    const reading = new Promise<HeapReading>((resolve) => probeWaiters.push(resolve));
    child.kill("SIGUSR2");
    return reading;
  };
  const readyPath = options.readyPath ?? "/api/auth/providers";
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app on port ${port} exited:\n${output}`);
    const up = await fetch(`${url}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, pid: child.pid!, output: () => output, heap, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`app on port ${port} did not start:\n${output}`);
}
