import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { demoClient } from "../../emulator/demo-client";
import type { RunningEmulator } from "../../emulator/server";
import { createScratchDatabase } from "../../tests/unit/support/postgres";
import { startAppServer, type AppServer } from "./app-server";
import { signInOverHttp } from "./http-sign-in";

// The servers the memory and bench scripts load, each with the heap probe: the app on Postgres
// (a scratch database) or PGlite with one signed-in user, and the bare yardstick page
// (scripts/bench-bare), with or without its one Postgres query.

export type Database = "Postgres" | "PGlite";

export type MeasuredServer = { server: AppServer; cookie: string; stop: () => Promise<void> };

const bareSource = "scripts/bench-bare";
export const bareDir = ".data/bench-bare";

/** Builds the yardstick outside the app's tree, from the same packages (hard links, no copy). */
export function buildBarePage(): void {
  rmSync(bareDir, { recursive: true, force: true });
  cpSync(bareSource, bareDir, { recursive: true });
  execFileSync("cp", ["-al", "node_modules", `${bareDir}/node_modules`]);
  // Its own next, so the page and the server share one React.
  execFileSync("npx", ["next", "build"], {
    cwd: bareDir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export async function startMeasuredApp(options: {
  port: number;
  emulator: RunningEmulator;
  database: Database;
  userId: string;
  /** A module to preload into the app's server beside the heap probe (see app-server.ts). */
  preload?: string;
}): Promise<MeasuredServer> {
  const appUrl = `http://localhost:${options.port}`;
  const scratch = options.database === "Postgres" ? await createScratchDatabase() : undefined;
  const dataDir = `.data/measured-${randomBytes(4).toString("hex")}`;
  const server = await startAppServer(
    options.port,
    {
      AUTH_SECRET: randomBytes(33).toString("base64"),
      AUTH_URL: appUrl,
      AUTH_ONSHAPE_ID: demoClient.id,
      AUTH_ONSHAPE_SECRET: demoClient.secret,
      ONSHAPE_OAUTH_URL: options.emulator.url,
      ONSHAPE_API_URL: options.emulator.url,
      PGLITE_DIR: dataDir,
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    },
    { heapProbe: true, preload: options.preload },
  );
  const stop = async () => {
    await server.stop();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const cookie = await signInOverHttp(appUrl, options.emulator.url, options.userId);
    return { server, cookie, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function startBarePage(options: {
  port: number;
  withQuery: boolean;
}): Promise<MeasuredServer> {
  const scratch = options.withQuery ? await createScratchDatabase() : undefined;
  const server = await startAppServer(
    options.port,
    scratch ? { BARE_DATABASE_URL: scratch.url } : {},
    { dir: bareDir, heapProbe: true, readyPath: "/" },
  );
  return {
    server,
    // The same cookie name and size as the app's session cookie.
    cookie: `authjs.session-token=${randomBytes(32).toString("base64url")}`,
    stop: async () => {
      await server.stop();
      await scratch?.drop();
    },
  };
}

/** The emulator's user ids an app sign-in may use, one per server started. */
export function emulatorUserIds(emulator: RunningEmulator): string[] {
  return [...emulator.state.users.keys()];
}
