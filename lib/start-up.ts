import { EnvError, getEnv } from "./env";
import { getDb } from "./db/client";
import { rememberStartUpContext } from "./start-up-context";
import { scheduleSweeps } from "./db/sweep";

/** Checks every setting, opens the database and applies migrations, then sweeps now and then. */
export async function startUp(): Promise<void> {
  rememberStartUpContext();
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  await getDb();
  scheduleSweeps(getDb);
}
