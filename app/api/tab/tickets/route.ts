import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { isRandomToken } from "@/lib/extension/hand-off";
import { issueTabTicket, ticketIssueRules } from "@/lib/extension/tickets";
import { clientAddress, enforceRateLimit } from "@/lib/http/rate-limit";
import { userRoute } from "@/lib/http/route-handler";

// The popup, signed in first-party, asks for a ticket for the tab that opened it (after the
// user pressed Continue there). Same-origin only, limited per user and per client address.

export const POST = userRoute(
  { body: z.object({ nonceHash: z.string().refine(isRandomToken, "not a nonce hash") }) },
  async ({ request, user, body }) => {
    const db = await getDb();
    await enforceRateLimit(db, {
      rule: ticketIssueRules.perUser,
      subjects: [{ kind: "user", value: user.id }],
    });
    await enforceRateLimit(db, {
      rule: ticketIssueRules.perAddress,
      subjects: [{ kind: "address", value: clientAddress(request.headers) }],
    });
    const ticket = await issueTabTicket(db, { userId: user.id, nonceHash: body.nonceHash });
    return Response.json({ ticket }, { headers: { "cache-control": "no-store" } });
  },
);
