import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// Fixed-window counters in the database, so a limit holds across every app server: one upsert
// per subject and request. Keys are hashes, so the table holds no user id or client address.

export type RateRule = { name: string; limit: number; windowMs: number };

export type Subject = { kind: "user" | "address"; value: string };

/** Counts one hit for each subject; past the rule's limit for any, a 429 with Retry-After. */
export async function enforceRateLimit(
  db: Database,
  { rule, subjects, now = new Date() }: { rule: RateRule; subjects: Subject[]; now?: Date },
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  let over = false;
  for (const subject of subjects) {
    const key = createHash("sha256")
      .update(`${rule.name}\n${subject.kind}\n${subject.value}`)
      .digest("base64url");
    const [row] = await db
      .insert(rateLimits)
      .values({ key, windowStart, count: 1 })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: { count: sql`${rateLimits.count} + 1` },
      })
      .returning({ count: rateLimits.count });
    if ((row?.count ?? 0) > rule.limit) over = true;
  }
  if (over) {
    const retryAfterSec = Math.max(
      1,
      Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000),
    );
    throw new AppError("rate-limited", `Too many attempts. Try again in ${retryAfterSec} s.`, {
      retryAfterSec,
    });
  }
}

/**
 * The client's address: the last X-Forwarded-For entry, which is the one the app's own proxy
 * (nginx's `proxy_add_x_forwarded_for`) or Next itself (from the socket) appended.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim());
  return forwarded?.filter(Boolean).at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}
