import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createSession, findSessionViewer } from "@/lib/auth/sessions";
import { sessions, users } from "@/lib/db/schema";
import { setUpTestDatabase } from "../support/auth-harness";

const userId = "user-ada";
const database = setUpTestDatabase((db) =>
  db.insert(users).values({ id: userId, name: "Ada Lovelace" }),
);

describe("sessions a tab ticket opens", () => {
  it("are Auth.js session rows that end when they expire or are deleted", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const { sessionToken, expires } = await createSession(database.db, {
      userId,
      lifetimeMs: 1000,
      memoryOnly: true,
      now,
    });
    expect(expires.getTime() - now.getTime()).toBe(1000);
    const [row] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.sessionToken, sessionToken));
    expect(row).toEqual({ sessionToken, userId, expires, memoryOnly: true });
    expect(await findSessionViewer(database.db, sessionToken, now)).toEqual({
      id: userId,
      name: "Ada Lovelace",
    });
    expect(await findSessionViewer(database.db, sessionToken, expires)).toBeNull();
    await database.db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    expect(await findSessionViewer(database.db, sessionToken, now)).toBeNull();
  });

  it("are unguessable: 32 random bytes each", async () => {
    const tokens = await Promise.all(
      [1, 2, 3].map(() => createSession(database.db, { userId, lifetimeMs: 1000 })),
    );
    const values = new Set(tokens.map((t) => t.sessionToken));
    expect(values.size).toBe(3);
    for (const value of values) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
