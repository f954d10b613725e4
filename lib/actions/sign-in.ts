"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getEnv } from "@/lib/env";
import { panelPath, parsePanelContext } from "@/lib/extension/panel-context";
import { parsePopupParams, popupPath } from "@/lib/extension/popup-params";
import { parseTabContext, tabAuthorizationParams, tabPath } from "@/lib/extension/tab-context";
import { assertSameOriginAction } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/navigation/return-path";

// Every way back after sign-in is rebuilt from validated values, so it is always a path on this
// app. Each action checks the request's origin itself (lib/http/same-origin.ts).

/** Sign in (again) with Onshape, then come back to the page the form was on. */
export async function signInAndReturn(formData: FormData): Promise<void> {
  await assertSameOriginAction();
  await signIn("onshape", { redirectTo: safeReturnPath(formData.get("returnTo")) });
}

/** Signs the user out everywhere (lib/auth/sign-out.ts): every session, ticket and token. */
export async function signOutOfApp(): Promise<void> {
  await assertSameOriginAction();
  await signOut({ redirectTo: "/" });
}

/** From the tab, inside Onshape's iframe: sign in there and come back to the same tab. */
export async function signInInTab(formData: FormData): Promise<void> {
  await assertSameOriginAction();
  const query = new URLSearchParams(String(formData.get("tab") ?? ""));
  const parsed = parseTabContext(query, { apiOrigin: getEnv().ONSHAPE_API_URL });
  // A tampered form: the tab URL itself then answers with its 400 page naming the parameter.
  // The query is encoded again, so a CR or LF in the field never reaches a header (a 500).
  if (!parsed.ok) redirect(`/tab?${query.toString()}`);
  const { context } = parsed;
  await signIn(
    "onshape",
    { redirectTo: tabPath(context) },
    tabAuthorizationParams(context.companyId),
  );
}

/** From the sign-in popup the tab opened: sign in first-party, then hand the tab a ticket. */
export async function signInInPopup(formData: FormData): Promise<void> {
  await assertSameOriginAction();
  const params = parsePopupParams(
    new URLSearchParams({
      nonceHash: String(formData.get("nonceHash") ?? ""),
      companyId: String(formData.get("companyId") ?? ""),
    }),
  );
  if (!params) redirect("/tab/popup");
  await signIn(
    "onshape",
    { redirectTo: popupPath(params) },
    tabAuthorizationParams(params.companyId),
  );
}

/** From the right panel, inside Onshape's iframe: sign in there and come back to the panel. */
export async function signInInPanel(formData: FormData): Promise<void> {
  await assertSameOriginAction();
  const query = String(formData.get("panel") ?? "");
  const parsed = parsePanelContext(new URLSearchParams(query), {
    apiOrigin: getEnv().ONSHAPE_API_URL,
  });
  if (!parsed.ok) redirect(`/panel?${query}`);
  const { context } = parsed;
  await signIn(
    "onshape",
    { redirectTo: panelPath(context) },
    tabAuthorizationParams(context.companyId),
  );
}
