import { z } from "zod";
import { userRoute } from "@/lib/http/route-handler";
import { elementRefParams } from "@/lib/navigation/params";
import { getAssemblySelectionData, getPartStudioSelectionData } from "@/lib/onshape/selection-data";

// What the right panel needs for every selection at one microversion (the panel asks at
// /m/<microversion> when the model changed, so the answer is immutable).
export const GET = userRoute(
  {
    params: elementRefParams,
    query: z.object({
      configuration: z.string().max(4096).default(""),
      kind: z.enum(["partstudio", "assembly"]).default("partstudio"),
    }),
  },
  async ({ user, params: ref, query }) => {
    const load = query.kind === "assembly" ? getAssemblySelectionData : getPartStudioSelectionData;
    return Response.json(await load(user.id, ref, query.configuration), {
      headers: { "cache-control": "private, no-store" },
    });
  },
);
