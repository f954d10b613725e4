import path from "node:path";
import { mkdir } from "node:fs/promises";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { pgliteAtStartUp, postgresAtStartUp } from "./start-up-pools";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type OpenedDatabase = { db: Database; close: () => Promise<void> };

export const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");
// Any constant works; it only has to be the same in every app process sharing the server.
const migrationLockKey = 72_401_116;

/**
 * Opens the app's database and applies the committed migrations.
 * With a postgres:// URL it uses that server; otherwise embedded PGlite stored in `pgliteDir`
 * (or in memory when `pgliteDir` is "memory://", for tests).
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  pgliteDir: string;
}): Promise<OpenedDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.pgliteDir);
}

async function openPglite(dir: string): Promise<OpenedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (!dir.startsWith("memory://")) await mkdir(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle(pgliteAtStartUp(client), { schema });
  await migrate(db, { migrationsFolder });
  return { db, close: () => client.close() };
}

async function openPostgres(url: string): Promise<OpenedDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // Several app processes may start at once: one migrates while the others wait on the lock.
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${migrationLockKey})`;
    await migrate(drizzle(lockClient, { schema }), { migrationsFolder });
    await lockClient`select pg_advisory_unlock(${migrationLockKey})`;
  } finally {
    await lockClient.end();
  }
  const client = postgres(url, { max: 10, onnotice: () => {} });
  return { db: drizzle(postgresAtStartUp(client), { schema }), close: () => client.end() };
}
