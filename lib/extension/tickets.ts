import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { tabTickets } from "@/lib/db/schema";
import { isRandomToken, type RedeemFailure } from "./hand-off";

// The hand-off from the sign-in popup to the tab that opened it (used where the browser keeps
// no cookies in Onshape's page, or sign-in cannot happen there). The popup, signed in
// first-party, gets a ticket and posts it to the tab; the tab redeems it together with the
// nonce it generated before opening the popup. A ticket works once, for 60 seconds, and only
// with that nonce: a copied ticket is useless, and a wrong nonce burns it.

export const ticketLifetimeMs = 60_000;

// A person signs in through the popup a few times a day; these leave room for retries and a
// shared office address, and stop anyone minting or guessing tickets in bulk.
export const ticketIssueRules = {
  perUser: { name: "tab-ticket-issue-user", limit: 10, windowMs: 60_000 },
  perAddress: { name: "tab-ticket-issue-address", limit: 30, windowMs: 60_000 },
} as const;
export const ticketRedeemRules = {
  perUser: { name: "tab-ticket-redeem-user", limit: 10, windowMs: 60_000 },
  perAddress: { name: "tab-ticket-redeem-address", limit: 30, windowMs: 60_000 },
} as const;

export const sha256Base64Url = (value: string) =>
  createHash("sha256").update(value).digest("base64url");

export async function issueTabTicket(
  db: Database,
  { userId, nonceHash, now = new Date() }: { userId: string; nonceHash: string; now?: Date },
): Promise<string> {
  if (!isRandomToken(nonceHash)) throw new Error("nonce hash has the wrong shape");
  // Expired tickets are worthless; dropping them here keeps the table small.
  await db.delete(tabTickets).where(lt(tabTickets.expiresAt, now));
  const ticket = randomBytes(32).toString("base64url");
  await db.insert(tabTickets).values({
    ticketHash: sha256Base64Url(ticket),
    userId,
    nonceHash,
    expiresAt: new Date(now.getTime() + ticketLifetimeMs),
  });
  return ticket;
}

export type RedeemResult = { ok: true; userId: string } | { ok: false; reason: RedeemFailure };

export async function redeemTabTicket(
  db: Database,
  { ticket, nonce, now = new Date() }: { ticket: string; nonce: string; now?: Date },
): Promise<RedeemResult> {
  if (!isRandomToken(ticket) || !isRandomToken(nonce)) {
    return { ok: false, reason: "unknown" };
  }
  const ticketHash = sha256Base64Url(ticket);
  // Setting used_at is the claim: of two concurrent redemptions only one finds it empty.
  const [claimed] = await db
    .update(tabTickets)
    .set({ usedAt: now })
    .where(and(eq(tabTickets.ticketHash, ticketHash), isNull(tabTickets.usedAt)))
    .returning({
      userId: tabTickets.userId,
      nonceHash: tabTickets.nonceHash,
      expiresAt: tabTickets.expiresAt,
    });
  if (!claimed) {
    const [seen] = await db
      .select({ ticketHash: tabTickets.ticketHash })
      .from(tabTickets)
      .where(eq(tabTickets.ticketHash, ticketHash));
    return { ok: false, reason: seen ? "used" : "unknown" };
  }
  if (claimed.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  const expected = Buffer.from(claimed.nonceHash);
  const actual = Buffer.from(sha256Base64Url(nonce));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: "nonce-mismatch" };
  }
  return { ok: true, userId: claimed.userId };
}
