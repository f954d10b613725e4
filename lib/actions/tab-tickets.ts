"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { authCookies } from "@/lib/auth/cookies";
import { createSession, frameSessionLifetimeMs, sessionMaxAgeSec } from "@/lib/auth/sessions";
import { currentViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isRandomToken } from "@/lib/extension/hand-off";
import { issueTabTicket, redeemTabTicket, type RedeemFailure } from "@/lib/extension/tickets";

// The two ends of the popup hand-off. issueTicket runs in the popup, where the user has just
// signed in first-party; redeemTicket runs in the tab, which proves it holds the nonce.

export type IssueResult =
  { ok: true; ticket: string } | { ok: false; reason: "signed-out" | "invalid" };

export async function issueTicket(nonceHash: unknown): Promise<IssueResult> {
  if (!isRandomToken(nonceHash)) return { ok: false, reason: "invalid" };
  const user = await currentViewer();
  if (!user) return { ok: false, reason: "signed-out" };
  return { ok: true, ticket: await issueTabTicket(await getDb(), { userId: user.id, nonceHash }) };
}

const redeemInput = z.object({
  ticket: z.string().refine(isRandomToken),
  nonce: z.string().refine(isRandomToken),
  mode: z.enum(["cookie", "storage-access", "frame"]),
});

export type RedeemOutcome =
  { ok: true; frameSession?: string } | { ok: false; reason: RedeemFailure | "invalid" };

export async function redeemTicket(input: unknown): Promise<RedeemOutcome> {
  const parsed = redeemInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { ticket, nonce, mode } = parsed.data;
  const db = await getDb();
  const redeemed = await redeemTabTicket(db, { ticket, nonce });
  if (!redeemed.ok) return redeemed;

  if (mode === "frame") {
    // The browser keeps no cookie in this tab: the session lives in the tab's memory only.
    const { sessionToken } = await createSession(db, {
      userId: redeemed.userId,
      lifetimeMs: frameSessionLifetimeMs,
    });
    return { ok: true, frameSession: sessionToken };
  }
  const { sessionToken, expires } = await createSession(db, {
    userId: redeemed.userId,
    lifetimeMs: sessionMaxAgeSec * 1000,
  });
  // With storage access the tab reads the app's unpartitioned cookies (the partitioned jar is
  // what the browser refused), so that cookie must not be partitioned.
  const { name, options } = authCookies(getEnv().AUTH_URL).sessionToken;
  (await cookies()).set(name, sessionToken, {
    ...options,
    partitioned: mode === "cookie",
    expires,
  });
  return { ok: true };
}
