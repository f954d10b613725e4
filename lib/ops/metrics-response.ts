import { createHash, timingSafeEqual } from "node:crypto";
import { gt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { sessions } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { log } from "./logger";
import { metrics } from "./metrics";
import { noStore } from "./ops-response";

// Prometheus text behind a bearer token. Without METRICS_TOKEN there are no metrics to find:
// the route answers 404, as for any path that does not exist.

export async function metricsResponse(request: Request): Promise<Response> {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return Response.json({ error: "not-found" }, { ...noStore, status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return Response.json(
      { error: "signed-out", message: "Send Authorization: Bearer <METRICS_TOKEN>." },
      { status: 401, headers: { ...noStore.headers, "www-authenticate": "Bearer" } },
    );
  }
  const m = metrics();
  await countLiveSessions(m);
  return new Response(await m.registry.metrics(), {
    headers: { ...noStore.headers, "content-type": m.registry.contentType },
  });
}

function bearerMatches(header: string | null, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
  // Hashes have the same length, so the comparison takes the same time whatever was sent.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

async function countLiveSessions(m: ReturnType<typeof metrics>): Promise<void> {
  try {
    const db = await getDb();
    const [row] = await db
      .select({ live: sql<number>`count(*)::int` })
      .from(sessions)
      .where(gt(sessions.expires, new Date()));
    m.sessionsLive.set(Number(row?.live ?? 0));
  } catch (error) {
    log().warn({ err: (error as Error).message }, "metrics: could not count sessions");
  }
}
