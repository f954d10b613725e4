"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { authCookies } from "@/lib/auth/cookies";
import { findSessionViewer } from "@/lib/auth/sessions";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { currentViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isRandomToken } from "@/lib/extension/hand-off";
import { parseTabContext, tabAuthorizationParams, tabPath } from "@/lib/extension/tab-context";
import { assertSameOriginAction } from "@/lib/http/same-origin";

// The tab's own Sign out and Switch account. The tab's session is a cookie (partitioned, or
// unpartitioned with storage access) or a token held only in the tab's memory, which the tab
// sends along. Either way the user is signed out everywhere (lib/auth/sign-out.ts).

export type TabSignOutResult = { ok: true } | { ok: false; reason: "invalid" | "signed-out" };

export async function signOutInTab(input: {
  tabQuery: unknown;
  frameSession?: unknown;
  switchAccount?: unknown;
}): Promise<TabSignOutResult> {
  await assertSameOriginAction();
  if (typeof input.tabQuery !== "string") return { ok: false, reason: "invalid" };
  const parsed = parseTabContext(new URLSearchParams(input.tabQuery), {
    apiOrigin: getEnv().ONSHAPE_API_URL,
  });
  if (!parsed.ok) return { ok: false, reason: "invalid" };
  const db = await getDb();
  const memoryOnly = input.frameSession !== undefined;
  if (memoryOnly && !isRandomToken(input.frameSession)) return { ok: false, reason: "invalid" };
  const viewer = memoryOnly
    ? await findSessionViewer(db, input.frameSession as string)
    : await currentViewer();
  if (!viewer) return { ok: false, reason: "signed-out" };

  await signOutEverywhere(db, { userId: viewer.id });
  if (!memoryOnly) {
    const { name, options } = authCookies(getEnv().AUTH_URL).sessionToken;
    (await cookies()).set(name, "", { ...options, maxAge: 0 });
  }
  // With cookies in the tab, switching goes straight to Onshape's sign-in there; a tab whose
  // session lived in memory signs in again through its window (a click the user makes).
  if (input.switchAccount === true && !memoryOnly) {
    const { context } = parsed;
    await signIn(
      "onshape",
      { redirectTo: tabPath(context) },
      tabAuthorizationParams(context.companyId),
    );
  }
  if (!memoryOnly) redirect(tabPath(parsed.context));
  return { ok: true };
}
