import { EnvError, parseDatabaseEnv } from "../lib/env";
import { openDatabase } from "../lib/db/open";

// `npm run db:migrate`: applies the committed migrations and exits, for deploy pipelines that
// migrate before starting servers. Servers also migrate at start-up, under the same lock, so
// running both is safe.

try {
  const env = parseDatabaseEnv(process.env);
  const { close } = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
  });
  await close();
  console.log(
    `migrations applied (${env.DATABASE_URL ? "Postgres" : `PGlite in ${env.PGLITE_DIR}`})`,
  );
} catch (error) {
  console.error(
    error instanceof EnvError ? error.message : `migration failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
