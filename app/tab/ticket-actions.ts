"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { authCookieNames, crossSiteCookieOptions } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isRandomToken } from "@/lib/tab/hand-off";
import { cookieSessionLifetimeMs, createSession, frameSessionLifetimeMs } from "@/lib/tab/sessions";
import { issueTabTicket, redeemTabTicket, type RedeemFailure } from "@/lib/tab/tickets";

// The two ends of the popup hand-off. issueTicket runs in the popup, where the user has just
// signed in first-party; redeemTicket runs in the tab, which proves it holds the nonce.

export type IssueResult =
  { ok: true; ticket: string } | { ok: false; reason: "signed-out" | "invalid" };

export async function issueTicket(nonceHash: unknown): Promise<IssueResult> {
  if (!isRandomToken(nonceHash)) return { ok: false, reason: "invalid" };
  const user = await currentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  return { ok: true, ticket: await issueTabTicket(await getDb(), user.id, nonceHash) };
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
  const redeemed = await redeemTabTicket(db, ticket, nonce);
  if (!redeemed.ok) return redeemed;

  if (mode === "frame") {
    // The browser keeps no cookie in this tab: the session lives in the tab's memory only.
    const { sessionToken } = await createSession(db, redeemed.userId, frameSessionLifetimeMs);
    return { ok: true, frameSession: sessionToken };
  }
  const { sessionToken, expires } = await createSession(
    db,
    redeemed.userId,
    cookieSessionLifetimeMs,
  );
  // With storage access the tab reads the app's unpartitioned cookies (the partitioned jar is
  // what the browser refused), so that cookie must not be partitioned.
  (await cookies()).set(authCookieNames(getEnv().AUTH_URL).sessionToken, sessionToken, {
    ...crossSiteCookieOptions,
    partitioned: mode === "cookie",
    expires,
  });
  return { ok: true };
}
