"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getEnv } from "@/lib/env";
import { parseTabContext, tabAuthorizationParams, tabPath } from "@/lib/onshape/tab-context";
import { parsePopupParams, popupPath } from "@/lib/tab/popup-params";

// Sign-in from the tab (inside Onshape's iframe) and from the sign-in popup. The way back is
// rebuilt from validated values only, so it is always a path on this app.

export async function signInInTab(formData: FormData): Promise<void> {
  const query = String(formData.get("tab") ?? "");
  const parsed = parseTabContext(new URLSearchParams(query), {
    apiOrigin: getEnv().ONSHAPE_API_URL,
  });
  // A tampered form: the tab URL itself then answers with its 400 page.
  if (!parsed.ok) redirect(`/tab?${query}`);
  const { context } = parsed;
  await signIn(
    "onshape",
    { redirectTo: tabPath(context) },
    tabAuthorizationParams(context.companyId),
  );
}

export async function signInInPopup(formData: FormData): Promise<void> {
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
