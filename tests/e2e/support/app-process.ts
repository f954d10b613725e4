import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { appEnv } from "./ports";

export type AppProcess = {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts another `next start` of the same build, with other settings, and captures its log. */
export async function startApp(port: number, overrides: Record<string, string | undefined>) {
  await rm(`.data/e2e-${port}`, { recursive: true, force: true });
  const env = { ...process.env, ...appEnv(port, overrides) } as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete env[key];
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port)], { env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, exited, output: () => output, url: `http://localhost:${port}` };
}

export async function startHealthyApp(
  port: number,
  overrides: Record<string, string | undefined>,
): Promise<AppProcess> {
  const app = await startApp(port, overrides);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`app exited:\n${app.output()}`);
    const ok = await fetch(`${app.url}/api/auth/providers`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url: app.url, output: app.output, stop: () => stop(app.child, app.exited) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(app.child, app.exited);
  throw new Error(`app did not start:\n${app.output()}`);
}

async function stop(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode === null) child.kill("SIGTERM");
  await exited;
}
