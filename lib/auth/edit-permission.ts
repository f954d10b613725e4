import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

// Whether the signed-in user's grant lets the app write to Onshape. Reading stays the default
// (ONSHAPE_SCOPES); an app registered with OAuth2Write lists it in ONSHAPE_EDIT_SCOPES, and a
// user who granted read only is offered "Allow editing", which asks Onshape for it.

export const writeScope = "OAuth2Write";

/**
 * granted: the grant includes OAuth2Write (or Onshape did not say which scopes it granted:
 * then a write is tried and a 403 says so in place); can-request: "Allow editing" asks for it;
 * unavailable: this app is set up read-only.
 */
export type EditAccess = "granted" | "can-request" | "unavailable";

export async function editAccess(userId: string): Promise<EditAccess> {
  const env = getEnv();
  const [row] = await (
    await getDb()
  )
    .select({ scope: accounts.scope })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, "onshape")));
  const granted = row?.scope?.split(/[\s,]+/);
  if (granted === undefined || granted.includes(writeScope)) return "granted";
  return editScopes(env).includes(writeScope) ? "can-request" : "unavailable";
}

/** What "Allow editing" asks Onshape for: the usual scopes plus the write ones. */
export function editScopes(env = getEnv()): string[] {
  return [...new Set([...env.ONSHAPE_SCOPES, ...env.ONSHAPE_EDIT_SCOPES])];
}
