import { describe, expect, it } from "vitest";
import { rateLimits } from "@/lib/db/schema";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { setUpTestDatabase } from "../support/auth-harness";

const database = setUpTestDatabase((db) => db.delete(rateLimits));
const rule = { name: "test-rule", limit: 2, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

describe("rate limits in the database", () => {
  it("allow the limit per subject and window, then refuse with Retry-After", async () => {
    const db = database.db;
    const ada = [{ kind: "user" as const, value: "ada" }];
    await enforceRateLimit(db, { rule, subjects: ada, now: at("2026-01-01T10:00:05Z") });
    await enforceRateLimit(db, { rule, subjects: ada, now: at("2026-01-01T10:00:10Z") });
    await expect(
      enforceRateLimit(db, { rule, subjects: ada, now: at("2026-01-01T10:00:15Z") }),
    ).rejects.toMatchObject({ kind: "rate-limited", retryAfterSec: 45 });
    // Another subject has its own count; the next window starts afresh.
    const grace = [{ kind: "user" as const, value: "grace" }];
    await enforceRateLimit(db, { rule, subjects: grace, now: at("2026-01-01T10:00:20Z") });
    await enforceRateLimit(db, { rule, subjects: ada, now: at("2026-01-01T10:01:00Z") });
  });

  it("count concurrent hits exactly (one upsert each, as from several servers)", async () => {
    const subjects = [{ kind: "address" as const, value: "203.0.113.9" }];
    const now = at("2026-01-01T11:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => enforceRateLimit(database.db, { rule, subjects, now })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const rows = await database.db.select().from(rateLimits);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(6);
    // Keys are hashes: the table holds no address.
    expect(JSON.stringify(rows)).not.toContain("203.0.113.9");
  });

  it("take the client address the app's proxy appended", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect(clientAddress(headers)).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
