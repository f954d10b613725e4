import {
  configuredParts,
  type ElementConfiguration,
} from "../../configurations/element-configuration";
import { resolveRows } from "../../model/assembly-tree";
import type { SeedElement, SeedSnapshot } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { errorResponse, type Handler, type HandlerContext } from "../handler-context";
import { encodePng } from "../png";
import { resolveElement, resolveSnapshot } from "../resolve-path";
import type { ApiResponse } from "../types";
import { drawElementThumbnail } from "../thumbnail-art";
import { thumbnailSizes } from "./onshape-json";

// GET /thumbnails/d/{did}/{wv}/{wvid}/e/{eid}/s/{sz} (getElementThumbnailWithSize),
// GET /thumbnails/d/{did}/w/{wid}/e/{eid}/ac/{cid}/s/{sz} (getElementThumbnailWithApiConfiguration,
// `cid` = a configuration string as encodeConfigurationMap's encodedId gives it) and
// GET /thumbnails/d/{did}/w/{wid}/s/{sz} (getDocumentThumbnailWithSize): PNG images.
// Onshape renders only its standard sizes; anything else is a 400. An element Onshape has
// not rendered (the seeded blob) is a 404, so the app must show a placeholder.

function parseSize(ctx: HandlerContext): { width: number; height: number } | undefined {
  const size = ctx.params.sz ?? "";
  if (!(thumbnailSizes as readonly string[]).includes(size)) return undefined;
  const [width, height] = size.split("x").map(Number);
  return width && height ? { width, height } : undefined;
}

type Picture = {
  element: SeedElement | undefined;
  snapshot: SeedSnapshot;
  configuration?: ElementConfiguration;
};

function png(ctx: HandlerContext, { element, snapshot, configuration }: Picture): ApiResponse {
  const size = parseSize(ctx);
  if (!size) {
    return errorResponse(ctx, 400, `Unsupported thumbnail size; use ${thumbnailSizes.join(", ")}.`);
  }
  if (!element?.hasThumbnail) return errorResponse(ctx, 404, "Thumbnail not found.");
  const parts =
    element.elementType === "PARTSTUDIO" && configuration
      ? configuredParts(element, configuration)
      : undefined;
  const instanceCount =
    element.elementType === "ASSEMBLY" && configuration
      ? resolveRows(element, snapshot, configuration).reduce((sum, row) => sum + row.quantity, 0)
      : undefined;
  return {
    operationId: ctx.operationId,
    status: 200,
    contentType: "image/png",
    body: encodePng(drawElementThumbnail({ element, ...size, parts, instanceCount })),
  };
}

export const getElementThumbnailWithSize: Handler = (ctx) => {
  const access = resolveElement(ctx, ["w", "v"], "wv", "wvid");
  if (!access.ok) return access.response;
  return png(ctx, access.value);
};

export const getElementThumbnailWithApiConfiguration: Handler = (ctx) => {
  const access = resolveElement(
    { ...ctx, params: { ...ctx.params, wvm: "w" } },
    ["w"],
    "wvm",
    "wid",
  );
  if (!access.ok) return access.response;
  const configuration = requestConfiguration(ctx, access.value.element, ctx.params.cid);
  if (!configuration.ok) return configuration.response;
  return png(ctx, { ...access.value, configuration: configuration.value });
};

export const getDocumentThumbnailWithSize: Handler = (ctx) => {
  // The path spells the "w" literally; resolveSnapshot expects it as a parameter.
  const access = resolveSnapshot(
    { ...ctx, params: { ...ctx.params, wvm: "w" } },
    ["w"],
    "wvm",
    "wid",
  );
  if (!access.ok) return access.response;
  // The document's picture is that of its first element that has one.
  const { snapshot } = access.value;
  return png(ctx, {
    element: snapshot.elements.find((element) => element.hasThumbnail),
    snapshot,
  });
};
