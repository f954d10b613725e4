import { lookup } from "node:dns/promises";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { migrationsFolder } from "@/lib/db/open";
import { getEnv } from "@/lib/env";
import { isDraining } from "./shutdown";

// What /api/ready checks: this server can serve a signed-in user. No Onshape API call (each
// would count against a user's yearly budget), only whether Onshape's hosts resolve.

export type Check = { ok: boolean; problem?: string };
export type Readiness = { ready: boolean; checks: Record<string, Check> };

const checkTimeoutMs = 3_000;

export async function readiness(): Promise<Readiness> {
  const env = getEnv();
  const [database, migrations, onshapeOAuthHost, onshapeApiHost] = await Promise.all([
    check(async () => {
      const db = await getDb();
      await db.execute(sql`select 1`);
    }),
    check(migrationsApplied),
    check(() => resolves(env.ONSHAPE_OAUTH_URL)),
    check(() => resolves(env.ONSHAPE_API_URL)),
  ]);
  const checks: Record<string, Check> = { database, migrations, onshapeOAuthHost, onshapeApiHost };
  // A server shutting down finishes what it has but takes nothing new.
  checks.accepting = isDraining() ? { ok: false, problem: "shutting down" } : { ok: true };
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}

async function check(run: () => Promise<void>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer in time")), checkTimeoutMs);
  });
  try {
    await Promise.race([run(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** The newest committed migration is recorded in the database. */
async function migrationsApplied(): Promise<void> {
  const journal = JSON.parse(
    await readFile(path.join(migrationsFolder, "meta/_journal.json"), "utf8"),
  ) as { entries: { when: number; tag: string }[] };
  const newest = journal.entries.at(-1);
  if (!newest) return;
  const db = await getDb();
  const result = await db.execute(
    sql`select max(created_at) as applied from drizzle.__drizzle_migrations`,
  );
  const applied = Number(rowsOf<{ applied: unknown }>(result)[0]?.applied ?? 0);
  if (applied < newest.when) throw new Error(`migration ${newest.tag} is not applied`);
}

async function resolves(origin: string): Promise<void> {
  const { hostname } = new URL(origin);
  await lookup(hostname.replace(/^\[|\]$/g, ""));
}

// postgres-js returns the rows; PGlite returns { rows }.
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

// Short and fixed: a driver's message can name the database host and user.
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && error.message === "no answer in time") return error.message;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  return error instanceof Error && /migration/.test(error.message) ? error.message : "failed";
}
