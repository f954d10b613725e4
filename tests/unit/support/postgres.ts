// Tests that need a real Postgres server use TEST_DATABASE_URL, else the server this machine
// runs; without either they skip and say why.
export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export async function postgresAvailable(): Promise<boolean> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(testDatabaseUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch (error) {
    console.warn(
      `Skipping Postgres tests: cannot reach ${testDatabaseUrl}: ${(error as Error).message}`,
    );
    return false;
  } finally {
    await sql.end();
  }
}

/** A throwaway database on the test server, dropped by the returned function. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const name = `onshape_app_test_${process.pid}_${Date.now()}`;
  const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
