import { z } from "zod";
import { getDocumentThumbnail } from "@/lib/onshape/thumbnails";
import { userRoute } from "@/lib/route-handler";
import { hexId } from "@/lib/views/ids";
import { thumbnailSizes } from "@/lib/views/links";
import { thumbnailResponse } from "@/lib/views/thumbnail-response";

// A document's picture (Onshape keeps it per workspace), fetched with the user's token.
export const GET = userRoute(
  {
    params: z.object({ did: hexId }),
    query: z.object({
      wid: hexId,
      size: z.enum(thumbnailSizes).default("70x40"),
      // Onshape's cache key: a new one means a new picture, and a new URL for the browser.
      t: z.string().max(64).optional(),
    }),
  },
  async ({ user, params, query }) =>
    thumbnailResponse(
      await getDocumentThumbnail(user.id, params.did, query.wid, query.size),
      false,
    ),
);
