import { cookies } from "next/headers";
import postgres from "postgres";

// The benchmark's yardstick (scripts/bench.ts): the least a signed-in page can do on Next 16,
// built from the app's own node_modules. It reads the session cookie and, when
// BARE_DATABASE_URL is set, runs one Postgres query with it, as a session lookup would.

const globalForBare = globalThis as typeof globalThis & { bareSql?: postgres.Sql };

function database(): postgres.Sql | undefined {
  const url = process.env.BARE_DATABASE_URL;
  if (!url) return undefined;
  globalForBare.bareSql ??= postgres(url, { max: 10, onnotice: () => {} });
  return globalForBare.bareSql;
}

export default async function BarePage() {
  const token = (await cookies()).get("authjs.session-token")?.value ?? "";
  const sql = database();
  const [row] = sql ? await sql`select ${token}::text as token, now() as at` : [];
  return (
    <main>
      <h1>Bare page</h1>
      <p>
        {row ? `token of ${String(row.token).length} characters at ${String(row.at)}` : "no query"}
      </p>
    </main>
  );
}
