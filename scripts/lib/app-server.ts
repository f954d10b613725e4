import { spawn } from "node:child_process";

// Starts `next start` of the current build with the given settings and waits until it serves.

export type AppServer = {
  url: string;
  /** The server process, e.g. to read its memory from /proc. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
};

export async function startAppServer(
  port: number,
  env: Record<string, string>,
): Promise<AppServer> {
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app on port ${port} exited:\n${output}`);
    const up = await fetch(`${url}/api/auth/providers`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, pid: child.pid!, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`app on port ${port} did not start:\n${output}`);
}
