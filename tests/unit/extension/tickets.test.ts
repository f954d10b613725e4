import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tabTickets, users } from "@/lib/db/schema";
import { issueTabTicket, redeemTabTicket } from "@/lib/extension/tickets";
import { setUpTestDatabase } from "../support/auth-harness";

const userId = "user-ada";
const database = setUpTestDatabase((db) =>
  db.insert(users).values({ id: userId, name: "Ada Lovelace" }),
);

const newNonce = () => {
  const nonce = randomBytes(32).toString("base64url");
  return { nonce, nonceHash: createHash("sha256").update(nonce).digest("base64url") };
};

describe("tab tickets", () => {
  it("redeem once, with the nonce, within a minute", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, { userId, nonceHash });
    expect(await redeemTabTicket(database.db, { ticket, nonce })).toEqual({ ok: true, userId });
    expect(await redeemTabTicket(database.db, { ticket, nonce })).toEqual({
      ok: false,
      reason: "used",
    });
  });

  it("stores hashes only", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, { userId, nonceHash });
    const rows = JSON.stringify(await database.db.select().from(tabTickets));
    expect(rows).not.toContain(ticket);
    expect(rows).not.toContain(nonce);
  });

  it("a wrong nonce fails and burns the ticket", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, { userId, nonceHash });
    expect(await redeemTabTicket(database.db, { ticket, nonce: newNonce().nonce })).toEqual({
      ok: false,
      reason: "nonce-mismatch",
    });
    expect(await redeemTabTicket(database.db, { ticket, nonce })).toEqual({
      ok: false,
      reason: "used",
    });
  });

  it("works for 60 seconds and no longer", async () => {
    const issuedAt = new Date("2026-01-01T10:00:00Z");
    const at = (ms: number) => new Date(issuedAt.getTime() + ms);
    const inTime = newNonce();
    const late = newNonce();
    const first = await issueTabTicket(database.db, {
      userId,
      nonceHash: inTime.nonceHash,
      now: issuedAt,
    });
    const second = await issueTabTicket(database.db, {
      userId,
      nonceHash: late.nonceHash,
      now: issuedAt,
    });
    expect(
      await redeemTabTicket(database.db, { ticket: first, nonce: inTime.nonce, now: at(59_999) }),
    ).toEqual({ ok: true, userId });
    expect(
      await redeemTabTicket(database.db, { ticket: second, nonce: late.nonce, now: at(60_000) }),
    ).toEqual({ ok: false, reason: "expired" });
  });

  it("only one of two concurrent redemptions wins", async () => {
    const { nonce, nonceHash } = newNonce();
    const ticket = await issueTabTicket(database.db, { userId, nonceHash });
    const results = await Promise.all([
      redeemTabTicket(database.db, { ticket, nonce }),
      redeemTabTicket(database.db, { ticket, nonce }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses unknown and malformed tickets", async () => {
    const { nonce } = newNonce();
    expect(await redeemTabTicket(database.db, { ticket: newNonce().nonce, nonce })).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await redeemTabTicket(database.db, { ticket: "short", nonce })).toEqual({
      ok: false,
      reason: "unknown",
    });
    await expect(
      issueTabTicket(database.db, { userId, nonceHash: "not a hash" }),
    ).rejects.toThrow();
  });

  it("drops expired tickets when issuing new ones", async () => {
    const old = new Date("2026-01-01T10:00:00Z");
    await issueTabTicket(database.db, { userId, nonceHash: newNonce().nonceHash, now: old });
    await issueTabTicket(database.db, { userId, nonceHash: newNonce().nonceHash });
    expect(await database.db.select().from(tabTickets)).toHaveLength(1);
  });
});
