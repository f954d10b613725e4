import type { Thumbnail } from "@/lib/onshape/thumbnails";
import { placeholderSvg } from "./placeholder";

// Thumbnails are the user's data (private: no shared cache may keep them). A version never
// changes, so its picture is cached for good; a workspace's picture is re-checked after a few
// minutes, because Onshape renders it again after each change.

const immutable = "private, max-age=31536000, immutable";
const shortLived = "private, max-age=300";

export function thumbnailResponse(image: Thumbnail | null, isVersion: boolean): Response {
  if (!image) {
    return new Response(placeholderSvg, {
      headers: {
        "content-type": "image/svg+xml; charset=utf-8",
        // Onshape may render the picture later, so the placeholder is never kept for long.
        "cache-control": shortLived,
        "content-security-policy": "default-src 'none'",
        "x-content-type-options": "nosniff",
        "x-thumbnail": "placeholder",
      },
    });
  }
  return new Response(image.bytes, {
    headers: {
      "content-type": image.contentType,
      "cache-control": isVersion ? immutable : shortLived,
      "x-content-type-options": "nosniff",
    },
  });
}
