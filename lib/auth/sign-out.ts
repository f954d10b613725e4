import { and, eq, gt, ne } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { accounts, sessions, tabTickets } from "@/lib/db/schema";
import { forgetAccountData } from "@/lib/onshape/forget-account-data";
import { forgetCachedSessions } from "./session-cache";

// Nothing outlives its grant: signing out ends the user everywhere (every session on every
// server, cookie and tab-memory ones alike, and the tickets a popup issued but no tab redeemed),
// and the Onshape tokens go with the last session. The database rows are the truth on every
// server; this process forgets what it remembers of the account (token, answers) at once.

const noTokens = {
  access_token: null,
  refresh_token: null,
  expires_at: null,
  tokenLifetime: null,
} as const;

/** Ends every session of the user, their unredeemed tickets, and drops their Onshape tokens. */
export async function signOutEverywhere(db: Database, { userId }: { userId: string }) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(tabTickets).where(eq(tabTickets.userId, userId));
    await tx.update(accounts).set(noTokens).where(eq(accounts.userId, userId));
  });
  forgetCachedSessions({ userId });
  await forgetAccountData({ userId, db });
}

/**
 * Ends one session (replaced by a new sign-in); when it was the user's last live one, their
 * Onshape tokens go too.
 */
export async function retireSession(
  db: Database,
  { sessionToken, now = new Date() }: { sessionToken: string; now?: Date },
) {
  const userId = await db.transaction(async (tx) => {
    const [ended] = await tx
      .delete(sessions)
      .where(eq(sessions.sessionToken, sessionToken))
      .returning({ userId: sessions.userId });
    if (!ended) return null;
    // The account row is locked first, so a sign-in storing fresh tokens waits for this check.
    await tx.select().from(accounts).where(eq(accounts.userId, ended.userId)).for("update");
    const [live] = await tx
      .select({ token: sessions.sessionToken })
      .from(sessions)
      .where(
        and(
          eq(sessions.userId, ended.userId),
          ne(sessions.sessionToken, sessionToken),
          gt(sessions.expires, now),
        ),
      )
      .limit(1);
    if (live) return null;
    await tx.update(accounts).set(noTokens).where(eq(accounts.userId, ended.userId));
    return ended.userId;
  });
  forgetCachedSessions({ sessionToken });
  if (!userId) return;
  await forgetAccountData({ userId, db });
}
