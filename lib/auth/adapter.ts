import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
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
  const { createSession, getSessionAndUser, deleteSession } = adapter;
  if (!createSession || !getSessionAndUser || !deleteSession) {
    throw new Error("The Drizzle adapter lacks the session methods database sessions need");
  }
  // Lookups remembered for seconds in this process (session-cache.ts).
  return withSessionCache({ ...adapter, createSession, getSessionAndUser, deleteSession });
}
