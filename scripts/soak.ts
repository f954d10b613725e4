import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { demoClient } from "../emulator/demo-client";
import { gearboxIds } from "../emulator/seed";
import { startEmulator } from "../emulator/server";
import type { EmulatorUser } from "../emulator/api/types";
import { createScratchDatabase } from "../tests/unit/support/postgres";
import { startAppServer, type AppServer } from "./lib/app-server";
import { signInOverHttp } from "./lib/http-sign-in";

// `npm run soak`: 200 signed-in users (distinct Onshape accounts) browse for 60 s against two
// app processes on one Postgres, with 5% 429s and 5% 500s injected and 10 s token lifetimes.
// Reports requests served, errors by kind, refreshes per account and mix-ups (a page showing
// another user's name), which must be zero. Needs a Postgres server: DATABASE_URL, else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test (a scratch database is made).

const userCount = Number(process.env.SOAK_USERS ?? 200);
const durationSec = Number(process.env.SOAK_DURATION_SEC ?? 60);
const tokenLifetimeSec = 10;
const ports = [3401, 3402];

const { document: did, versionV2: vid, workspace: wid } = gearboxIds;
const pages = [
  "/documents",
  `/documents/${did}/w/${wid}`,
  `/documents/${did}/w/${wid}/e/${gearboxIds.partStudio}`,
  `/documents/${did}/v/${vid}/e/${gearboxIds.topAssembly}`,
  `/api/documents/${did}/w/${wid}/e/${gearboxIds.partStudio}/parts-csv`,
];

type Tally = {
  served: number;
  byStatus: Record<string, number>;
  errorKinds: Record<string, number>;
  mixUps: string[];
};

async function browse(
  user: EmulatorUser,
  cookie: string,
  apps: AppServer[],
  until: number,
  tally: Tally,
) {
  let i = 0;
  while (Date.now() < until) {
    const app = apps[i % apps.length]!;
    const path = pages[Math.floor(Math.random() * pages.length)]!;
    i++;
    let response: Response;
    try {
      response = await fetch(`${app.url}${path}`, { headers: { cookie } });
    } catch (error) {
      tally.byStatus[`network: ${(error as Error).message}`] = (tally.byStatus[`network`] ?? 0) + 1;
      continue;
    }
    const body = await response.text();
    tally.served++;
    tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
    for (const [, kind] of body.matchAll(/data-error-kind="([^"]+)"/g)) {
      tally.errorKinds[kind!] = (tally.errorKinds[kind!] ?? 0) + 1;
    }
    if (path.startsWith("/api/")) continue;
    const shown = /data-testid="header-user-name"[^>]*>([^<]*)</.exec(body)?.[1];
    const others = [...body.matchAll(/Load User \d{4}/g)]
      .map((m) => m[0])
      .filter((n) => n !== user.name);
    if ((shown !== undefined && shown !== user.name) || others.length > 0) {
      tally.mixUps.push(`${user.name} saw ${shown ?? others.join(", ")} on ${path}`);
    }
  }
}

async function main() {
  if (!process.env.SOAK_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const scratch = process.env.DATABASE_URL ? undefined : await createScratchDatabase();
  const databaseUrl = process.env.DATABASE_URL ?? scratch!.url;
  const emulator = await startEmulator({
    clients: [
      {
        ...demoClient,
        redirectUris: ports.map((p) => `http://localhost:${p}/api/auth/callback/onshape`),
      },
    ],
    extraUsers: userCount,
  });
  const env = {
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: demoClient.secret,
    ONSHAPE_OAUTH_URL: emulator.url,
    ONSHAPE_API_URL: emulator.url,
    DATABASE_URL: databaseUrl,
  };
  const apps = await Promise.all(
    ports.map((port) => startAppServer(port, { ...env, AUTH_URL: `http://localhost:${port}` })),
  );
  try {
    emulator.state.config.tokenLifetimeSec = tokenLifetimeSec;
    const users = [...emulator.state.users.values()].filter((u) => u.sharesDataOf);
    const cookies: string[] = [];
    for (const [index, user] of users.entries()) {
      // Each user signs in on one server; the session works on both (they share the database).
      cookies.push(await signInOverHttp(apps[index % 2]!.url, emulator.url, user.id));
    }
    emulator.state.faults = [
      { target: "*", kind: "status", status: 429, retryAfterSec: 1, rate: 0.05 },
      { target: "*", kind: "status", status: 500, rate: 0.05 },
    ];
    const refreshesBefore = { ...emulator.state.counters.refreshesByUser };
    const tally: Tally = { served: 0, byStatus: {}, errorKinds: {}, mixUps: [] };
    const started = Date.now();
    await Promise.all(
      users.map((user, i) => browse(user, cookies[i]!, apps, started + durationSec * 1000, tally)),
    );
    const elapsed = (Date.now() - started) / 1000;
    const refreshes = users.map(
      (u) => (emulator.state.counters.refreshesByUser[u.id] ?? 0) - (refreshesBefore[u.id] ?? 0),
    );
    // Proactive refresh starts a quarter of the lifetime before expiry: at most one per
    // (lifetime × 3/4) of browsing, plus one for the expiry at the start.
    const allowed = Math.ceil(elapsed / (tokenLifetimeSec * 0.75)) + 1;
    const report = {
      users: users.length,
      servers: apps.length,
      seconds: Math.round(elapsed),
      requestsServed: tally.served,
      requestsPerSec: Math.round(tally.served / elapsed),
      byStatus: tally.byStatus,
      errorPanelsByKind: tally.errorKinds,
      refreshes: {
        total: refreshes.reduce((a, b) => a + b, 0),
        min: Math.min(...refreshes),
        max: Math.max(...refreshes),
        allowedPerAccount: allowed,
      },
      refreshFailures: emulator.state.counters.grantFailures,
      mixUps: tally.mixUps.length,
    };
    console.log(JSON.stringify(report, null, 2));
    for (const line of tally.mixUps.slice(0, 10)) console.log(`MIX-UP: ${line}`);
    const ok =
      tally.mixUps.length === 0 && report.refreshes.max <= allowed && !tally.byStatus["500"];
    console.log(ok ? "\nSoak passed." : "\nSoak FAILED.");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await emulator.close();
    await scratch?.drop();
  }
}

await main();
