import { userRoute } from "@/lib/http/route-handler";
import { elementRefParams } from "@/lib/navigation/params";
import { applyImport } from "@/lib/properties/apply-import";
import { applyImportBody } from "@/lib/properties/schemas";

/** Writes a preview's changes: 200 with a report per row, 409 when the Part Studio changed. */
export const POST = userRoute(
  { params: elementRefParams, body: applyImportBody },
  async ({ user, params: ref, body }) => {
    const outcome = await applyImport({ userId: user.id, ref, rows: body.rows });
    return Response.json(outcome, {
      status: outcome.ok ? 200 : 409,
      headers: { "cache-control": "no-store" },
    });
  },
);
