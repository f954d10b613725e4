import { EnvError, getEnv } from "./env";
import { getDb } from "./db/client";
import { unlinkProcessedImmediates } from "./processed-immediates";
import { rememberStartUpContext } from "./start-up-context";
import { scheduleSweeps } from "./db/sweep";
import { routeConsoleToLog } from "./ops/console-to-log";
import { log } from "./ops/logger";
import { installRequestLog } from "./ops/request-log";
import { installShutdown } from "./ops/shutdown";

/**
 * Checks every setting, starts the request log and the shutdown handling, then opens the
 * database and applies migrations, then sweeps now and then.
 */
export async function startUp(): Promise<void> {
  rememberStartUpContext();
  unlinkProcessedImmediates();
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    log().fatal({ problems: error.problems }, error.message);
    process.exit(1);
  }
  routeConsoleToLog();
  installRequestLog();
  installShutdown({ graceSec: env.SHUTDOWN_GRACE_SEC });
  await getDb();
  scheduleSweeps(getDb);
  log().info({ database: env.DATABASE_URL ? "postgres" : "pglite" }, "ready: migrations applied");
}
