// The browser side of the popup hand-off (tickets.ts has the server side). Client-safe: it deals in
// the nonce, its hash and a single-use ticket, never in a session or an Onshape token.

export const ticketMessageType = "onshape-app:tab-ticket";

export type TicketMessage = { type: typeof ticketMessageType; ticket: string };

/** 32 random bytes, base64url: the shape of tickets, nonces and session tokens. */
const randomToken = /^[A-Za-z0-9_-]{43}$/;

export function isRandomToken(value: unknown): value is string {
  return typeof value === "string" && randomToken.test(value);
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A fresh nonce (kept in the tab's memory) and the hash the popup may see. */
export async function createNonce(): Promise<{ nonce: string; nonceHash: string }> {
  const nonce = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(nonce));
  return { nonce, nonceHash: base64Url(new Uint8Array(digest)) };
}

/**
 * The ticket, when the message is the popup's hand-off: from the app's own origin, from the
 * window this tab opened, and shaped like a ticket. Anything else yields null.
 */
export function readTicketMessage(
  event: { origin: string; source: unknown; data: unknown },
  expected: { origin: string; source: unknown },
): string | null {
  if (event.origin !== expected.origin || !expected.source || event.source !== expected.source) {
    return null;
  }
  const data = event.data as Partial<TicketMessage> | null;
  if (typeof data !== "object" || data === null || data.type !== ticketMessageType) return null;
  return isRandomToken(data.ticket) ? data.ticket : null;
}

/**
 * How a redeemed ticket becomes a session in the tab: a partitioned cookie where the browser
 * keeps those; an unpartitioned cookie where it refuses them but granted storage access; else
 * a session held only in the tab's memory.
 */
export type RedeemMode = "cookie" | "storage-access" | "frame";

export function redeemModeFor(keepsCookies: boolean, storageAccess: boolean): RedeemMode {
  if (keepsCookies) return "cookie";
  return storageAccess ? "storage-access" : "frame";
}

export const cookieProbePath = "/api/tab/cookie-check";

/** Whether this document can set and read back a (partitioned) cookie. */
export async function keepsCookies(): Promise<boolean> {
  try {
    await fetch(cookieProbePath, { method: "POST", cache: "no-store" });
    const answer = await fetch(cookieProbePath, { cache: "no-store" });
    return ((await answer.json()) as { cookies?: unknown }).cookies === true;
  } catch {
    return false;
  }
}

/** Storage Access API state, without prompting the user. */
export async function storageAccessState(): Promise<"granted" | "prompt" | "unsupported"> {
  if (typeof document.requestStorageAccess !== "function") return "unsupported";
  if (await document.hasStorageAccess()) return "granted";
  try {
    const status = await navigator.permissions.query({ name: "storage-access" as PermissionName });
    return status.state === "granted" ? "granted" : "prompt";
  } catch {
    return "prompt";
  }
}

/** Asks for storage access; needs a user gesture unless the user granted it before. */
export async function requestStorageAccess(): Promise<boolean> {
  if (typeof document.requestStorageAccess !== "function") return false;
  try {
    await document.requestStorageAccess();
    return true;
  } catch {
    return false;
  }
}

export const ticketsPath = "/api/tab/tickets";
export const redeemPath = "/api/tab/tickets/redeem";

export type RedeemFailure = "unknown" | "used" | "expired" | "nonce-mismatch";

export type HandOffFailure = {
  ok: false;
  reason: RedeemFailure | "invalid" | "signed-out" | "rate-limited" | "unreachable";
  retryAfterSec?: number;
};

async function postJson<T>(path: string, body: unknown): Promise<T | HandOffFailure> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, reason: "unreachable" };
  }
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok && answer) return answer as T;
  if (response.status === 429) {
    const retryAfterSec = Number(response.headers.get("retry-after")) || undefined;
    return { ok: false, reason: "rate-limited", retryAfterSec };
  }
  if (response.status === 401) return { ok: false, reason: "signed-out" };
  return { ok: false, reason: response.status === 400 ? "invalid" : "unreachable" };
}

/** The popup's request for a ticket for the tab that opened it. */
export function requestTicket(nonceHash: string) {
  return postJson<{ ticket: string }>(ticketsPath, { nonceHash });
}

export type RedeemOutcome =
  { ok: true; frameSession?: string } | { ok: false; reason: RedeemFailure } | HandOffFailure;

/** The tab's redemption of a ticket with its nonce. */
export function redeemTicket(input: { ticket: string; nonce: string; mode: RedeemMode }) {
  return postJson<RedeemOutcome>(redeemPath, input);
}
