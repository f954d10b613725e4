import { userRoute } from "@/lib/http/route-handler";
import { elementRefParams } from "@/lib/navigation/params";
import { partWriteBody } from "@/lib/properties/schemas";
import { writePartProperties } from "@/lib/properties/write-part";

/** One part's properties: 200 written, 409 changed in Onshape meanwhile, 422 invalid values. */
export const POST = userRoute(
  { params: elementRefParams, body: partWriteBody },
  async ({ user, params: ref, body }) => {
    const outcome = await writePartProperties({ userId: user.id, ref, ...body });
    const status = outcome.ok ? 200 : outcome.reason === "conflict" ? 409 : 422;
    return Response.json(outcome, { status, headers: { "cache-control": "no-store" } });
  },
);
