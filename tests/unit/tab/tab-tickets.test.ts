import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sessions, tabTickets, users } from "@/lib/db/schema";
import { createSession, findSessionUser } from "@/lib/tab/sessions";
import { issueTabTicket, redeemTabTicket, ticketLifetimeMs } from "@/lib/tab/tickets";
import { openTestDatabase } from "../support/auth-harness";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const userId = "user-ada";

const newNonce = () => {
  const nonce = randomBytes(32).toString("base64url");
  return { nonce, nonceHash: createHash("sha256").update(nonce).digest("base64url") };
};

// PGlite takes seconds to boot, longer on a busy machine.
beforeAll(async () => {
  database = await openTestDatabase();
}, 60_000);
afterAll(async () => database.close());
beforeEach(async () => {
  await database.empty();
  await database.db.insert(users).values({ id: userId, name: "Ada Lovelace" });
});

describe("tab tickets", () => {
  it("redeem once, with the nonce, within a minute", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, userId, nonceHash);
    expect(await redeemTabTicket(database.db, ticket, nonce)).toEqual({ ok: true, userId });
    expect(await redeemTabTicket(database.db, ticket, nonce)).toEqual({
      ok: false,
      reason: "used",
    });
  });

  it("stores hashes only", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, userId, nonceHash);
    const rows = JSON.stringify(await database.db.select().from(tabTickets));
    expect(rows).not.toContain(ticket);
    expect(rows).not.toContain(nonce);
  });

  it("a wrong nonce fails and burns the ticket", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, userId, nonceHash);
    expect(await redeemTabTicket(database.db, ticket, newNonce().nonce)).toEqual({
      ok: false,
      reason: "nonce-mismatch",
    });
    expect(await redeemTabTicket(database.db, ticket, nonce)).toEqual({
      ok: false,
      reason: "used",
    });
  });

  it("expires after 60 seconds", async () => {
    const { nonce, nonceHash } = newNonce();
    const issuedAt = new Date("2026-01-01T10:00:00Z");
    const ticket = await issueTabTicket(database.db, userId, nonceHash, issuedAt);
    const late = new Date(issuedAt.getTime() + ticketLifetimeMs);
    expect(ticketLifetimeMs).toBeLessThanOrEqual(60_000);
    expect(await redeemTabTicket(database.db, ticket, nonce, late)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("only one of two concurrent redemptions wins", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, userId, nonceHash);
    const results = await Promise.all([
      redeemTabTicket(database.db, ticket, nonce),
      redeemTabTicket(database.db, ticket, nonce),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses unknown and malformed tickets", async () => {
    const { nonce } = newNonce();
    expect(await redeemTabTicket(database.db, newNonce().nonce, nonce)).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await redeemTabTicket(database.db, "short", nonce)).toEqual({
      ok: false,
      reason: "unknown",
    });
    await expect(issueTabTicket(database.db, userId, "not a hash")).rejects.toThrow();
  });

  it("drops expired tickets when issuing new ones", async () => {
    const old = new Date("2026-01-01T10:00:00Z");
    await issueTabTicket(database.db, userId, newNonce().nonceHash, old);
    await issueTabTicket(database.db, userId, newNonce().nonceHash);
    expect(await database.db.select().from(tabTickets)).toHaveLength(1);
  });
});

describe("tab sessions", () => {
  it("opens an Auth.js session that ends when it expires or is deleted", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const { sessionToken, expires } = await createSession(database.db, userId, 1000, now);
    expect(expires.getTime() - now.getTime()).toBe(1000);
    expect(await findSessionUser(database.db, sessionToken, now)).toEqual({
      id: userId,
      name: "Ada Lovelace",
    });
    expect(await findSessionUser(database.db, sessionToken, expires)).toBeNull();
    await database.db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    expect(await findSessionUser(database.db, sessionToken, now)).toBeNull();
  });
});
