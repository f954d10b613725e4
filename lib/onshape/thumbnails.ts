import "server-only";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import type { ThumbnailSize } from "@/lib/views/links";
import { dataOf, onshapeClient } from "./client";

// Thumbnails need the bearer token, so the app fetches them for the browser. null: Onshape
// has not rendered one (404), and the caller shows a placeholder.

export type Thumbnail = { bytes: ArrayBuffer; contentType: string };

async function orNull(load: () => Promise<Thumbnail>): Promise<Thumbnail | null> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.kind === "not-found") return null;
    throw error;
  }
}

function imageType(response: Response): string {
  const type = response.headers.get("content-type") ?? "";
  // Only image types are passed on: the browser must never sniff this as HTML.
  return /^image\/(png|jpeg|gif|webp)$/.test(type.split(";")[0]!.trim()) ? type : "image/png";
}

export const getElementThumbnail = cache(
  (
    userId: string,
    documentId: string,
    wv: "w" | "v",
    wvId: string,
    elementId: string,
    size: ThumbnailSize,
  ) =>
    orNull(async () => {
      const result = await onshapeClient(userId).GET(
        "/thumbnails/d/{did}/{wv}/{wvid}/e/{eid}/s/{sz}",
        {
          params: { path: { did: documentId, wv, wvid: wvId, eid: elementId, sz: size } },
          parseAs: "arrayBuffer",
          headers: { accept: "image/*" },
        },
      );
      return { bytes: dataOf(result), contentType: imageType(result.response) };
    }),
);

export const getDocumentThumbnail = cache(
  (userId: string, documentId: string, workspaceId: string, size: ThumbnailSize) =>
    orNull(async () => {
      const result = await onshapeClient(userId).GET("/thumbnails/d/{did}/w/{wid}/s/{sz}", {
        params: { path: { did: documentId, wid: workspaceId, sz: size } },
        parseAs: "arrayBuffer",
        headers: { accept: "image/*" },
      });
      return { bytes: dataOf(result), contentType: imageType(result.response) };
    }),
);
