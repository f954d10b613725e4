import { errorResponse, type AsyncHandler, type Handler } from "./handler-context";
import { getAssemblyDefinition } from "./handlers/assembly-definition";
import { getBillOfMaterials } from "./handlers/bill-of-materials";
import { getPartStudioBodyDetails } from "./handlers/body-details";
import {
  decodeConfiguration,
  encodeConfigurationMap,
  getConfiguration,
} from "./handlers/configuration";
import { getCurrentMicroversion } from "./handlers/current-microversion";
import { downloadExternalData } from "./handlers/external-data";
import { getDocument, getDocumentVersions, getDocumentWorkspaces } from "./handlers/get-document";
import { getDocuments } from "./handlers/get-documents";
import { getElementsInDocument } from "./handlers/get-elements";
import { getPartsWMVE } from "./handlers/get-parts";
import { exportPartGltf, exportPartStudioGltf } from "./handlers/gltf-export";
import { getPartStudioMassProperties } from "./handlers/mass-properties";
import {
  getWMVEPMetadata,
  getWMVEPsMetadata,
  updateWVEPMetadata,
  updateWVMetadata,
} from "./handlers/metadata";
import { sessionInfo } from "./handlers/session-info";
import {
  getDocumentThumbnailWithSize,
  getElementThumbnailWithApiConfiguration,
  getElementThumbnailWithSize,
} from "./handlers/thumbnails";
import {
  createPartStudioTranslation,
  getTranslation,
  translateFormat,
} from "./handlers/translations";
import type { ApiRouter } from "./types";

// Dispatches `/api/v16`-relative paths to handlers. Templates are copied from openapi.json's
// `paths`, so every route is a real Onshape operation and its operationId is the spec's; so
// is the OAuth scope it needs (a token without it gets 403 before anything else).
// A `{param}` matches one path segment; validating its value is the handler's job, so that a
// malformed id gets Onshape's 400 rather than "no such route".

export type Route = {
  method: string;
  /** The path exactly as openapi.json spells it, e.g. `/documents/{did}`. */
  template: string;
  pattern: RegExp;
  operationId: string;
  /** OAuth scope the spec requires; undefined where it declares none. */
  scope: string | undefined;
  handler: Handler | AsyncHandler;
};

function route(
  method: string,
  template: string,
  operationId: string,
  handler: Handler | AsyncHandler,
  /** null: the spec declares no scope. */
  scope: string | null = "OAuth2Read",
): Route {
  const source = template
    .split("/")
    .map((segment) => segment.replace(/^\{(\w+)\}$/, "(?<$1>[^/]+)"))
    .join("/");
  return {
    method,
    template,
    pattern: new RegExp(`^${source}$`),
    operationId,
    scope: scope ?? undefined,
    handler,
  };
}

const write = "OAuth2Write";

export const apiRoutes: readonly Route[] = [
  route("GET", "/users/sessioninfo", "sessionInfo", sessionInfo, null),
  route("GET", "/documents", "getDocuments", getDocuments),
  route("GET", "/documents/{did}", "getDocument", getDocument),
  route("GET", "/documents/d/{did}/workspaces", "getDocumentWorkspaces", getDocumentWorkspaces),
  route("GET", "/documents/d/{did}/versions", "getDocumentVersions", getDocumentVersions),
  route(
    "GET",
    "/documents/d/{did}/{wvm}/{wvmid}/elements",
    "getElementsInDocument",
    getElementsInDocument,
  ),
  route(
    "GET",
    "/documents/d/{did}/{wv}/{wvid}/currentmicroversion",
    "getCurrentMicroversion",
    getCurrentMicroversion,
  ),
  route("GET", "/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", "getPartsWMVE", getPartsWMVE),
  route(
    "GET",
    "/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties",
    "getPartStudioMassProperties",
    getPartStudioMassProperties,
  ),
  route(
    "GET",
    "/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/bodydetails",
    "getPartStudioBodyDetails",
    getPartStudioBodyDetails,
  ),
  route(
    "GET",
    "/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/gltf",
    "exportPartStudioGltf",
    exportPartStudioGltf,
  ),
  route(
    "GET",
    "/parts/d/{did}/{wvm}/{wvmid}/e/{eid}/partid/{partid}/gltf",
    "exportPartGltf",
    exportPartGltf,
  ),
  route(
    "POST",
    "/partstudios/d/{did}/{wv}/{wvid}/e/{eid}/translations",
    "createPartStudioTranslation",
    createPartStudioTranslation,
  ),
  route(
    "GET",
    "/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}",
    "getAssemblyDefinition",
    getAssemblyDefinition,
  ),
  route(
    "GET",
    "/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom",
    "getBillOfMaterials",
    getBillOfMaterials,
  ),
  route(
    "POST",
    "/assemblies/d/{did}/{wv}/{wvid}/e/{eid}/translations",
    "translateFormat",
    translateFormat,
  ),
  route("GET", "/translations/{tid}", "getTranslation", getTranslation),
  route(
    "GET",
    "/documents/d/{did}/externaldata/{fid}",
    "downloadExternalData",
    downloadExternalData,
  ),
  route(
    "GET",
    "/elements/d/{did}/{wvm}/{wvmid}/e/{eid}/configuration",
    "getConfiguration",
    getConfiguration,
  ),
  route(
    "POST",
    "/elements/d/{did}/e/{eid}/configurationencodings",
    "encodeConfigurationMap",
    encodeConfigurationMap,
  ),
  route(
    "GET",
    "/elements/d/{did}/{wvm}/{wvmid}/e/{eid}/configurationencodings/{cid}",
    "decodeConfiguration",
    decodeConfiguration,
  ),
  route("GET", "/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/p", "getWMVEPsMetadata", getWMVEPsMetadata),
  route(
    "GET",
    "/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/{iden}/{pid}",
    "getWMVEPMetadata",
    getWMVEPMetadata,
  ),
  route(
    "POST",
    "/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/{iden}/{pid}",
    "updateWVEPMetadata",
    updateWVEPMetadata,
    write,
  ),
  route("POST", "/metadata/d/{did}/{wv}/{wvid}", "updateWVMetadata", updateWVMetadata, write),
  route(
    "GET",
    "/thumbnails/d/{did}/{wv}/{wvid}/e/{eid}/s/{sz}",
    "getElementThumbnailWithSize",
    getElementThumbnailWithSize,
  ),
  route(
    "GET",
    "/thumbnails/d/{did}/w/{wid}/e/{eid}/ac/{cid}/s/{sz}",
    "getElementThumbnailWithApiConfiguration",
    getElementThumbnailWithApiConfiguration,
  ),
  route(
    "GET",
    "/thumbnails/d/{did}/w/{wid}/s/{sz}",
    "getDocumentThumbnailWithSize",
    getDocumentThumbnailWithSize,
  ),
];

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a malformed escape stays as typed and fails id validation with a 400
  }
}

export type RouteMatch = { route: Route; params: Record<string, string> };

/** The operation a method and path (after /api/v16) name, with its path parameters. */
export function findRoute(method: string, rawPath: string): RouteMatch | null {
  // A trailing slash is ignored, so "/documents/" still reaches getDocuments.
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, "") : rawPath;
  for (const candidate of apiRoutes) {
    if (candidate.method !== method.toUpperCase()) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeSegment(value)]),
    );
    return { route: candidate, params };
  }
  return null;
}

export function runRoute({ route, params }: RouteMatch, req: Parameters<ApiRouter>[0]) {
  const ctx = { req, params, operationId: route.operationId };
  if (route.scope && !req.scopes.includes(route.scope)) {
    return errorResponse(
      ctx,
      403,
      `Forbidden: ${route.operationId} needs the ${route.scope} scope, which this token was not granted.`,
    );
  }
  return route.handler(ctx);
}

export const apiRouter: ApiRouter = (req) => {
  const match = findRoute(req.method, req.path);
  return match ? runRoute(match, req) : null;
};
