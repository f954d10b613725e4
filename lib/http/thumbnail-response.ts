import type { Thumbnail } from "@/lib/onshape/types";

// Thumbnails are the user's data (private: no shared cache may keep them). A version never
// changes, so its picture is cached for good; a workspace's picture is re-checked after a few
// minutes, because Onshape renders it again after each change.

const immutable = "private, max-age=31536000, immutable";
const shortLived = "private, max-age=300";

/** When Onshape has no picture: a neutral box outline, so lists keep their layout. */
const placeholderSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="170" viewBox="0 0 300 170"><rect width="300" height="170" fill="#f4f6f9"/><path d="M150 45l40 22.5v35L150 125l-40-22.5v-35L150 45zm0 0v80m-40-57.5 40 22.5 40-22.5" fill="none" stroke="#5b6675" stroke-width="3" stroke-linejoin="round"/></svg>`;

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
