import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { startAppServer, type AppServer } from "../../../scripts/lib/app-server";
import { appEnv } from "./ports";

export type AppProcess = AppServer;

/** Starts another `next start` of the same build and captures its log, even if it exits at once. */
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

/** Another app server with other settings, once it serves (see scripts/lib/app-server.ts). */
export async function startHealthyApp(
  port: number,
  overrides: Record<string, string>,
): Promise<AppProcess> {
  await rm(`.data/e2e-${port}`, { recursive: true, force: true });
  return startAppServer(port, appEnv(port, overrides));
}
