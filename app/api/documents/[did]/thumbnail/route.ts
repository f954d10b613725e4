import { z } from "zod";
import { thumbnailResponse } from "@/lib/http/thumbnail-response";
import { userRoute } from "@/lib/http/route-handler";
import { onshapeId } from "@/lib/navigation/params";
import { getDocumentThumbnail } from "@/lib/onshape/thumbnails";
import { thumbnailSizes } from "@/lib/onshape/types";

export const GET = userRoute(
  {
    params: z.object({ did: onshapeId }),
    query: z.object({
      wid: onshapeId,
      size: z.enum(thumbnailSizes).default("70x40"),
      // Onshape's cache key: a new one means a new picture, and a new URL for the browser.
      t: z.string().max(64).optional(),
    }),
  },
  async ({ user, params, query }) =>
    thumbnailResponse(
      await getDocumentThumbnail(
        user.id,
        { documentId: params.did, workspaceId: query.wid },
        query.size,
      ),
      false,
    ),
);
