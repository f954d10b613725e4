import { cookies } from "next/headers";
import { z } from "zod";
import { authCookies } from "@/lib/auth/cookies";
import { createSession, frameSessionLifetimeMs, sessionMaxAgeSec } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isRandomToken } from "@/lib/extension/hand-off";
import { redeemTabTicket, ticketRedeemRules } from "@/lib/extension/tickets";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { openRoute } from "@/lib/http/route-handler";

// The tab redeems the popup's ticket with the nonce only it holds, for a session of its own:
// a partitioned cookie, an unpartitioned one under storage access, or a token kept in the
// tab's memory only. Same-origin only, limited per client address and per ticket owner.

const body = z.object({
  ticket: z.string().refine(isRandomToken, "not a ticket"),
  nonce: z.string().refine(isRandomToken, "not a nonce"),
  mode: z.enum(["cookie", "storage-access", "frame"]),
});

const json = (value: unknown) => Response.json(value, { headers: { "cache-control": "no-store" } });

export const POST = openRoute({ body }, async ({ request, body: { ticket, nonce, mode } }) => {
  const db = await getDb();
  await enforceRateLimit(db, {
    rule: ticketRedeemRules.perAddress,
    subjects: [{ kind: "address", value: clientAddress(request.headers) }],
  });
  const redeemed = await redeemTabTicket(db, { ticket, nonce });
  if (!redeemed.ok) return json(redeemed);
  await enforceRateLimit(db, {
    rule: ticketRedeemRules.perUser,
    subjects: [{ kind: "user", value: redeemed.userId }],
  });

  if (mode === "frame") {
    // The browser keeps no cookie in this tab: the session lives in the tab's memory only.
    const { sessionToken } = await createSession(db, {
      userId: redeemed.userId,
      lifetimeMs: frameSessionLifetimeMs,
      memoryOnly: true,
    });
    return json({ ok: true, frameSession: sessionToken });
  }
  const { sessionToken, expires } = await createSession(db, {
    userId: redeemed.userId,
    lifetimeMs: sessionMaxAgeSec * 1000,
  });
  // With storage access the tab reads the app's unpartitioned cookies (the partitioned jar is
  // what the browser refused), so that cookie must not be partitioned.
  const { name, options } = authCookies(getEnv().AUTH_URL).sessionToken;
  (await cookies()).set(name, sessionToken, {
    ...options,
    partitioned: mode === "cookie",
    expires,
  });
  return json({ ok: true });
});
