import { afterAll, beforeAll, vi } from "vitest";
import { openDatabase, type OpenedDatabase } from "@/lib/db/open";
import { startAuthHarness, type AuthHarness } from "./auth-harness";
import { createScratchDatabase } from "./postgres";

export type TwoProcesses = { a: OpenedDatabase; b: OpenedDatabase; harness: AuthHarness };

/**
 * Two app processes on one scratch Postgres database, each with its own pool, and the local
 * Onshape signing in through the first. Both migrate at start, as every app process does: the
 * advisory lock makes the second wait for the first. Read the fields inside the tests.
 */
export function setUpTwoProcesses(): TwoProcesses {
  const current = {} as TwoProcesses;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  beforeAll(async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    scratch = await createScratchDatabase();
    [current.a, current.b] = await Promise.all([
      openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" }),
      openDatabase({ databaseUrl: scratch.url, pgliteDir: "unused" }),
    ]);
    current.harness = await startAuthHarness(current.a.db);
  });
  afterAll(async () => {
    await current.harness?.close();
    await current.a?.close();
    await current.b?.close();
    await scratch?.drop();
    vi.restoreAllMocks();
  });
  return current;
}
