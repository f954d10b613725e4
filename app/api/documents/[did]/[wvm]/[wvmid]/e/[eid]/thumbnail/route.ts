import { z } from "zod";
import { getElementThumbnail } from "@/lib/onshape/thumbnails";
import { userRoute } from "@/lib/route-handler";
import { hexId } from "@/lib/views/ids";
import { thumbnailSizes } from "@/lib/views/links";
import { thumbnailResponse } from "@/lib/views/thumbnail-response";

// An element's picture at a workspace or version (Onshape renders none per microversion; at a
// microversion, pages link to the workspace or version Onshape names in thumbnailInfo).
export const GET = userRoute(
  {
    params: z.object({
      did: hexId,
      wvm: z.enum(["w", "v"], { error: "thumbnails exist for w or v only" }),
      wvmid: hexId,
      eid: hexId,
    }),
    query: z.object({
      size: z.enum(thumbnailSizes).default("300x170"),
      t: z.string().max(64).optional(),
    }),
  },
  async ({ user, params, query }) => {
    const { did, wvm, wvmid, eid } = params;
    const image = await getElementThumbnail(user.id, did, wvm, wvmid, eid, query.size);
    return thumbnailResponse(image, wvm === "v");
  },
);
