import { and, eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Database } from "@/lib/db/open";
import { accounts } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/ops/logger";
import { requestRefresh, type RefreshClient } from "./refresh-grant";
import { onForgetAccountMemory } from "../account-memory";
import { forgetAccountData } from "../forget-account-data";

// Onshape tokens for a signed-in user, refreshed before they expire and once more when
// Onshape rejects one. Onshape rotates refresh tokens, so two refreshes of the same account
// must never race: one refresh at a time per account in this process (a shared promise), and
// across processes a row lock on the account, re-reading it once the lock is held.

// Refresh a minute ahead; a quarter of the lifetime for the short tokens tests configure, so
// a token is not refreshed on every use.
const refreshWindowSec = 60;

export type TokenStore = ReturnType<typeof createTokenStore>;

type Remembered = { token: string; expiresAt: number | null; lifetime: number | null };

// Bounded by bytes, keys included (strings count two bytes a character), so a server that has
// seen many users holds a few megabytes at most; an entry leaves memory once its token expired.
const rememberedBytes = 4 * 1024 * 1024;
const entryOverheadBytes = 64;
const purgeEveryMs = 10_000;

export type RefreshOutcome = "refreshed" | "reused" | "invalid_grant" | "failed";

export function createTokenStore(
  db: Database,
  client: RefreshClient,
  /** Told how each refresh ended (metrics). */
  onRefresh: (outcome: RefreshOutcome) => void = () => {},
) {
  const inFlight = new Map<string, Promise<string>>();
  // The last good token per user, so most calls need no database read. It is only a shortcut:
  // a token Onshape rejects sends the request back to the database (afterRejection).
  const remembered = new LRUCache<string, Remembered>({
    maxSize: rememberedBytes,
    sizeCalculation: (entry, userId) =>
      2 * (userId.length + entry.token.length) + entryOverheadBytes,
  });
  let lastPurge = Date.now();
  const remember = (userId: string, entry: Remembered) => {
    const untilExpiry = entry.expiresAt === null ? undefined : entry.expiresAt * 1000 - Date.now();
    remembered.set(userId, entry, {
      ttl: untilExpiry === undefined ? undefined : Math.max(untilExpiry, 1),
    });
    // Expired entries go on later writes, not by a timer: no timer outlives a request.
    if (Date.now() - lastPurge >= purgeEveryMs) {
      lastPurge = Date.now();
      remembered.purgeStale();
    }
    return entry.token;
  };
  onForgetAccountMemory((userId) => remembered.delete(userId));
  const accountOf = (userId: string) =>
    and(eq(accounts.userId, userId), eq(accounts.provider, "onshape"));

  async function refresh(userId: string, staleToken: string | null): Promise<string> {
    const running = inFlight.get(userId);
    if (running) return running;
    const attempt = refreshLocked(userId, staleToken).finally(() => inFlight.delete(userId));
    inFlight.set(userId, attempt);
    return attempt;
  }

  async function refreshLocked(userId: string, staleToken: string | null): Promise<string> {
    const outcome = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(accounts).where(accountOf(userId)).for("update");
      if (!row) return { kind: "signed-out" as const };
      if (row.needsReconnect || !row.refresh_token) return { kind: "reconnect" as const };
      // Another request or process may have refreshed while this one waited for the lock.
      if (row.access_token && row.access_token !== staleToken && !expired(row.expires_at)) {
        onRefresh("reused");
        return {
          kind: "token" as const,
          token: row.access_token,
          expiresAt: row.expires_at,
          lifetime: row.tokenLifetime,
        };
      }
      const result = await requestRefresh(client, row.refresh_token);
      onRefresh(
        result.kind === "invalid-grant"
          ? "invalid_grant"
          : result.kind === "failed"
            ? "failed"
            : "refreshed",
      );
      if (result.kind === "invalid-grant") {
        await tx.update(accounts).set({ needsReconnect: true }).where(accountOf(userId));
        return { kind: "reconnect" as const };
      }
      if (result.kind === "failed") return { kind: "failed" as const, reason: result.reason };
      // The rotated refresh token is stored in the same transaction that used the old one.
      await tx
        .update(accounts)
        .set({
          access_token: result.tokens.accessToken,
          refresh_token: result.tokens.refreshToken,
          expires_at: result.tokens.expiresAt,
          tokenLifetime: result.tokens.lifetimeSec,
        })
        .where(accountOf(userId));
      return {
        kind: "token" as const,
        token: result.tokens.accessToken,
        expiresAt: result.tokens.expiresAt,
        lifetime: result.tokens.lifetimeSec,
      };
    });
    if (outcome.kind === "reconnect") {
      // The grant is gone: nothing read with it may be served any more, on any server.
      remembered.delete(userId);
      await forgetAccountData({ userId, db });
    }
    switch (outcome.kind) {
      case "token":
        return remember(userId, outcome);
      case "failed":
        log().error({ userId, reason: outcome.reason }, "token refresh failed");
        throw new AppError("unavailable", "Could not renew access to Onshape just now. Try again.");
      default:
        remembered.delete(userId);
        throw new AppError(outcome.kind);
    }
  }

  return {
    /** A usable access token, refreshed first when it expires within a minute. */
    async accessToken(userId: string): Promise<string> {
      const known = remembered.get(userId);
      if (known && !expiresSoon(known.expiresAt, known.lifetime)) return known.token;
      const [row] = await db.select().from(accounts).where(accountOf(userId));
      if (!row) throw new AppError("signed-out");
      if (row.needsReconnect || !row.access_token) throw new AppError("reconnect");
      if (!expiresSoon(row.expires_at, row.tokenLifetime)) {
        return remember(userId, {
          token: row.access_token,
          expiresAt: row.expires_at,
          lifetime: row.tokenLifetime,
        });
      }
      return refresh(userId, row.access_token);
    },
    /** After Onshape answered 401 to `rejectedToken`: a new token, refreshed at most once. */
    afterRejection(userId: string, rejectedToken: string): Promise<string> {
      if (remembered.get(userId)?.token === rejectedToken) remembered.delete(userId);
      return refresh(userId, rejectedToken);
    },
  };
}

function expiresSoon(expiresAt: number | null, lifetimeSec: number | null): boolean {
  const window = Math.min(refreshWindowSec, (lifetimeSec ?? Infinity) / 4);
  return expiresAt !== null && expiresAt - window <= Date.now() / 1000;
}

function expired(expiresAt: number | null): boolean {
  return expiresAt !== null && expiresAt <= Date.now() / 1000;
}
