import { jsonResponse, type Handler } from "../handler-context";
import { integerParam } from "../query-params";
import { resolveDocument } from "../resolve-path";
import { documentInfo } from "./document-json";
import { versionInfo, workspaceInfo } from "./onshape-json";

// GET /documents/{did}, /documents/d/{did}/workspaces and /documents/d/{did}/versions.

export const getDocument: Handler = (ctx) => {
  const access = resolveDocument(ctx);
  if (!access.ok) return access.response;
  return jsonResponse(ctx, documentInfo(ctx, access.value.doc));
};

export const getDocumentWorkspaces: Handler = (ctx) => {
  const access = resolveDocument(ctx);
  if (!access.ok) return access.response;
  const { doc, permission } = access.value;
  return jsonResponse(
    ctx,
    doc.workspaces.map((ws) => workspaceInfo(ctx, doc, ws, permission === "READ")),
  );
};

/** Oldest first, like Onshape. `limit` 0 (the default) means all; at most 20 otherwise. */
export const getDocumentVersions: Handler = (ctx) => {
  const access = resolveDocument(ctx);
  if (!access.ok) return access.response;
  const { doc } = access.value;
  const offset = Math.max(0, integerParam(ctx.req.query, "offset", 0) ?? 0);
  const limit = Math.min(20, Math.max(0, integerParam(ctx.req.query, "limit", 0) ?? 0));
  const versions = doc.versions.slice(offset, limit > 0 ? offset + limit : undefined);
  return jsonResponse(
    ctx,
    versions.map((version) => versionInfo(ctx, doc, version)),
  );
};
