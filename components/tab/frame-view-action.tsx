"use server";

import type { ReactNode } from "react";
import { findSessionViewer } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isRandomToken } from "@/lib/extension/hand-off";
import { parseTabContext } from "@/lib/extension/tab-context";
import { TabSignedIn } from "./tab-signed-in";

// The signed-in tab for a browser that keeps no cookie inside Onshape's page: the session
// token comes from the tab's memory in the request body (never a URL, never storage), and the
// same view a cookie session gets is rendered for it. It renders UI, so it lives with the UI it
// renders; the app's other server actions are in lib/actions.

export type FrameViewResult =
  { ok: true; view: ReactNode } | { ok: false; reason: "signed-out" | "invalid" };

export async function loadFrameView(
  sessionToken: unknown,
  tabQuery: unknown,
): Promise<FrameViewResult> {
  if (!isRandomToken(sessionToken) || typeof tabQuery !== "string") {
    return { ok: false, reason: "invalid" };
  }
  const parsed = parseTabContext(new URLSearchParams(tabQuery), {
    apiOrigin: getEnv().ONSHAPE_API_URL,
  });
  if (!parsed.ok) return { ok: false, reason: "invalid" };
  const viewer = await findSessionViewer(await getDb(), sessionToken);
  if (!viewer) return { ok: false, reason: "signed-out" };
  return { ok: true, view: <TabSignedIn viewer={viewer} context={parsed.context} memoryOnly /> };
}
