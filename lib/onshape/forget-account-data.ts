import { getDb, type Database } from "@/lib/db/client";
import { forgetAccountMemory } from "./account-memory";
import { deleteCachedAnswers } from "./api/response-cache";
import { deleteModels } from "./model/model-store";

/**
 * Forgets what the app keeps of an account's Onshape data: its cached answers in the database
 * (the truth every server reads; their memory copies expire within seconds) and everything this
 * process remembers (answers, access token). Call it when the grant ends (invalid_grant), at
 * sign-out of the account's last session, and at a fresh sign-in.
 */
export async function forgetAccountData({ userId, db }: { userId: string; db?: Database }) {
  // Memory first, so no answer read with the old grant is stored while the rows go.
  forgetAccountMemory(userId);
  const database = db ?? (await getDb());
  // Stored 3D models and translation jobs are the account's Onshape data too.
  await Promise.all([deleteCachedAnswers(database, userId), deleteModels(database, userId)]);
  forgetAccountMemory(userId);
}
