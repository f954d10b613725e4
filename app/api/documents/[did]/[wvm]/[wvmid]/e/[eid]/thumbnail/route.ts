import { z } from "zod";
import { thumbnailResponse } from "@/lib/http/thumbnail-response";
import { userRoute } from "@/lib/http/route-handler";
import { onshapeId } from "@/lib/navigation/params";
import { getElementThumbnail } from "@/lib/onshape/thumbnails";
import { thumbnailSizes } from "@/lib/onshape/types";

// An element's picture at a workspace or version (Onshape renders none per microversion; at a
// microversion, pages link to the workspace or version Onshape names in thumbnailInfo).
export const GET = userRoute(
  {
    params: z
      .object({
        did: onshapeId,
        wvm: z.enum(["w", "v"], { error: "thumbnails exist for w or v only" }),
        wvmid: onshapeId,
        eid: onshapeId,
      })
      .transform(({ did, wvm, wvmid, eid }) => ({
        documentId: did,
        wvm,
        wvmId: wvmid,
        elementId: eid,
      })),
    query: z.object({
      size: z.enum(thumbnailSizes).default("300x170"),
      t: z.string().max(64).optional(),
    }),
  },
  async ({ user, params: ref, query }) =>
    thumbnailResponse(await getElementThumbnail(user.id, ref, query.size), ref.wvm === "v"),
);
