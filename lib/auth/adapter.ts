import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq } from "drizzle-orm";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import type { Database } from "@/lib/db/open";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { withSessionCache } from "./session-cache";

/** Auth.js's database adapter on the app's tables: the one way session rows are written. */
export function authAdapter(
  db: Database,
): Required<Pick<Adapter, "createSession" | "getSessionAndUser" | "deleteSession">> & Adapter {
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  const { createSession, getSessionAndUser } = adapter;
  if (!createSession || !getSessionAndUser) {
    throw new Error("The Drizzle adapter lacks the session methods database sessions need");
  }
  // Lookups remembered for seconds in this process (session-cache.ts).
  return withSessionCache({
    ...adapter,
    createSession,
    // Auth.js reads sessions only from the cookie. A session meant for a tab's memory is not a
    // cookie session: with its token in a cookie it is refused, so Auth.js's rolling renewal
    // (updateAge) can never stretch its fixed lifetime.
    async getSessionAndUser(sessionToken) {
      const found = await getSessionAndUser(sessionToken);
      return found && !(found.session as { memoryOnly?: boolean }).memoryOnly ? found : null;
    },
    async updateSession(data) {
      const [row] = await db
        .update(sessions)
        .set(data)
        .where(and(eq(sessions.sessionToken, data.sessionToken), eq(sessions.memoryOnly, false)))
        .returning();
      return row ?? null;
    },
    // Returns the row, so that Auth.js's signOut event learns whose session ended.
    async deleteSession(sessionToken): Promise<AdapterSession | null> {
      const [row] = await db
        .delete(sessions)
        .where(eq(sessions.sessionToken, sessionToken))
        .returning();
      return row ?? null;
    },
  });
}
