import { getDb, type Database } from "@/lib/db/client";
import { forgetAccountMemory } from "./account-memory";
import { deleteCachedAnswers } from "./api/response-cache";

/**
 * Forgets what the app keeps of an account's Onshape data: its cached answers in the database
 * (the truth every server reads; their memory copies expire within seconds) and everything this
 * process remembers (answers, access token). Call it when the grant ends (invalid_grant), at
 * sign-out of the account's last session, and at a fresh sign-in.
 */
export async function forgetAccountData({ userId, db }: { userId: string; db?: Database }) {
  // Memory first, so no answer read with the old grant is stored while the rows go.
  forgetAccountMemory(userId);
  await deleteCachedAnswers(db ?? (await getDb()), userId);
  forgetAccountMemory(userId);
}
