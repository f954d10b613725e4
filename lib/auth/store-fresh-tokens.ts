import { and, eq } from "drizzle-orm";
import type { Account, Profile } from "next-auth";
import type { Database } from "@/lib/db/open";
import { accounts, users } from "@/lib/db/schema";
import { forgetAccountData } from "@/lib/onshape/forget-account-data";

/** Replaces the stored tokens (and the user's name) with those of the sign-in that just happened. */
export async function storeFreshTokens(
  db: Database,
  account: Account,
  profile: Profile | undefined,
): Promise<void> {
  const [row] = await db
    .update(accounts)
    .set({
      access_token: account.access_token ?? null,
      refresh_token: account.refresh_token ?? null,
      expires_at: account.expires_at ?? null,
      token_type: account.token_type ?? null,
      scope: account.scope ?? null,
      tokenLifetime: lifetimeOf(account),
      needsReconnect: false,
    })
    .where(
      and(
        eq(accounts.provider, account.provider),
        eq(accounts.providerAccountId, account.providerAccountId),
      ),
    )
    .returning({ userId: accounts.userId });
  // Answers cached under the previous grant may show what this one cannot see.
  if (row) await forgetAccountData({ userId: row.userId, db });
  const name = typeof profile?.name === "string" ? profile.name : undefined;
  if (row && name) await db.update(users).set({ name }).where(eq(users.id, row.userId));
}

function lifetimeOf(account: Account): number | null {
  if (typeof account.expires_in === "number") return account.expires_in;
  if (typeof account.expires_at === "number")
    return account.expires_at - Math.floor(Date.now() / 1000);
  return null;
}
