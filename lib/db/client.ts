import { getEnv } from "@/lib/env";
import { openDatabase, type Database } from "./open";

// One database per server process. Kept on globalThis so `next dev` reloads reuse it: PGlite
// must never be opened twice on the same directory.
const globalForDb = globalThis as typeof globalThis & { onshapeAppDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  globalForDb.onshapeAppDb ??= (async () => {
    const env = getEnv();
    const { db } = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    return db;
  })().catch((error: unknown) => {
    globalForDb.onshapeAppDb = undefined;
    throw error;
  });
  return globalForDb.onshapeAppDb;
}

export type { Database };
