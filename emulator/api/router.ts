import type { Handler } from "./handler-context";
import { getBillOfMaterials } from "./handlers/bill-of-materials";
import { getDocument, getDocumentVersions, getDocumentWorkspaces } from "./handlers/get-document";
import { getDocuments } from "./handlers/get-documents";
import { getElementsInDocument } from "./handlers/get-elements";
import { getPartsWMVE } from "./handlers/get-parts";
import { getPartStudioMassProperties } from "./handlers/mass-properties";
import { sessionInfo } from "./handlers/session-info";
import { getDocumentThumbnailWithSize, getElementThumbnailWithSize } from "./handlers/thumbnails";
import type { ApiRouter } from "./types";

// Dispatches `/api/v16`-relative paths to handlers. Templates are copied from openapi.json's
// `paths`, so every route is a real Onshape operation and its operationId is the spec's.
// A `{param}` matches one path segment; validating its value is the handler's job, so that a
// malformed id gets Onshape's 400 rather than "no such route".

export type Route = {
  method: string;
  /** The path exactly as openapi.json spells it, e.g. `/documents/{did}`. */
  template: string;
  pattern: RegExp;
  operationId: string;
  handler: Handler;
};

function route(method: string, template: string, operationId: string, handler: Handler): Route {
  const source = template
    .split("/")
    .map((segment) => segment.replace(/^\{(\w+)\}$/, "(?<$1>[^/]+)"))
    .join("/");
  return { method, template, pattern: new RegExp(`^${source}$`), operationId, handler };
}

export const apiRoutes: readonly Route[] = [
  route("GET", "/users/sessioninfo", "sessionInfo", sessionInfo),
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
  route("GET", "/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", "getPartsWMVE", getPartsWMVE),
  route(
    "GET",
    "/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties",
    "getPartStudioMassProperties",
    getPartStudioMassProperties,
  ),
  route(
    "GET",
    "/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom",
    "getBillOfMaterials",
    getBillOfMaterials,
  ),
  route(
    "GET",
    "/thumbnails/d/{did}/{wv}/{wvid}/e/{eid}/s/{sz}",
    "getElementThumbnailWithSize",
    getElementThumbnailWithSize,
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

export const apiRouter: ApiRouter = (req) => {
  // A trailing slash is ignored, so "/documents/" still reaches getDocuments.
  const path = req.path.length > 1 ? req.path.replace(/\/+$/, "") : req.path;
  const method = req.method.toUpperCase();
  for (const candidate of apiRoutes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeSegment(value)]),
    );
    return candidate.handler({ req, params, operationId: candidate.operationId });
  }
  return null;
};
