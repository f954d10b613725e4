import "server-only";
import { isAppError } from "@/lib/errors";
import { dataOf, onshapeClient } from "./api/client";
import type { ElementRef, Thumbnail, ThumbnailSize } from "./types";

// Thumbnails need the bearer token, so the app fetches them for the browser. null: Onshape
// has not rendered one (404), and the caller shows a placeholder.

/** Onshape renders element pictures per workspace or version, never per microversion. */
export type ElementThumbnailRef = ElementRef & { wvm: "w" | "v" };

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

const asImage = { parseAs: "arrayBuffer", headers: { accept: "image/*" } } as const;

export function getElementThumbnail(userId: string, ref: ElementThumbnailRef, size: ThumbnailSize) {
  return orNull(async () => {
    const result = await onshapeClient(userId).GET(
      "/thumbnails/d/{did}/{wv}/{wvid}/e/{eid}/s/{sz}",
      {
        params: {
          path: { did: ref.documentId, wv: ref.wvm, wvid: ref.wvmId, eid: ref.elementId, sz: size },
        },
        ...asImage,
      },
    );
    return { bytes: dataOf(result), contentType: imageType(result.response) };
  });
}

export function getDocumentThumbnail(
  userId: string,
  ref: { documentId: string; workspaceId: string },
  size: ThumbnailSize,
) {
  return orNull(async () => {
    const result = await onshapeClient(userId).GET("/thumbnails/d/{did}/w/{wid}/s/{sz}", {
      params: { path: { did: ref.documentId, wid: ref.workspaceId, sz: size } },
      ...asImage,
    });
    return { bytes: dataOf(result), contentType: imageType(result.response) };
  });
}
