import { accessUserId } from "./types";
import { storedDocument, storedSnapshot } from "../model/store";
import {
  documentPermission,
  findElement,
  hexIdPattern,
  type SeedDocument,
  type SeedElement,
  type SeedPermission,
  type SeedSnapshot,
} from "../seed";
import { errorResponse, type HandlerContext } from "./handler-context";
import type { ApiResponse } from "./types";

// Turns `/d/{did}/{wvm}/{wvmid}/e/{eid}` path parameters into stored data, failing the way
// Onshape does and in the same order: malformed id or wvm → 400, unknown document → 404,
// document the user cannot open → 403, unknown workspace/version/element → 404.

export type Resolved<T> = { ok: true; value: T } | { ok: false; response: ApiResponse };

export type WvmType = "w" | "v" | "m";

export type DocumentAccess = { doc: SeedDocument; permission: SeedPermission | "OWNER" };

export type SnapshotAccess = DocumentAccess & {
  wvm: WvmType;
  wvmId: string;
  snapshot: SeedSnapshot;
};

export type ElementAccess = SnapshotAccess & { element: SeedElement };

export const fail = <T>(ctx: HandlerContext, status: number, message: string): Resolved<T> => ({
  ok: false,
  response: errorResponse(ctx, status, message),
});

export function checkIds<T>(
  ctx: HandlerContext,
  names: readonly string[],
): Resolved<T> | undefined {
  for (const name of names) {
    const value = ctx.params[name] ?? "";
    if (!hexIdPattern.test(value)) return fail(ctx, 400, `Invalid id '${value}' for ${name}.`);
  }
  return undefined;
}

export function resolveDocument(ctx: HandlerContext): Resolved<DocumentAccess> {
  const invalid = checkIds<DocumentAccess>(ctx, ["did"]);
  if (invalid) return invalid;
  const doc = storedDocument(ctx.req.store, ctx.params.did ?? "");
  if (!doc) return fail(ctx, 404, "Not found.");
  const permission = documentPermission(doc, accessUserId(ctx.req.user));
  if (!permission) return fail(ctx, 403, "Forbidden: you do not have access to this document.");
  return { ok: true, value: { doc, permission } };
}

/**
 * `allowed` narrows wvm for operations whose spec enum is smaller (thumbnails: w|v).
 * `wvmParam`/`idParam` name the path parameters, which differ between operations.
 */
export function resolveSnapshot(
  ctx: HandlerContext,
  allowed: readonly WvmType[] = ["w", "v", "m"],
  wvmParam = "wvm",
  idParam = "wvmid",
): Resolved<SnapshotAccess> {
  const wvm = ctx.params[wvmParam] ?? "";
  if (!(allowed as readonly string[]).includes(wvm)) {
    return fail(ctx, 400, `Invalid ${wvmParam} '${wvm}': expected one of ${allowed.join(", ")}.`);
  }
  const invalid = checkIds<SnapshotAccess>(ctx, ["did", idParam]);
  if (invalid) return invalid;
  const documentAccess = resolveDocument(ctx);
  if (!documentAccess.ok) return documentAccess;
  const wvmId = ctx.params[idParam] ?? "";
  const snapshot = storedSnapshot(ctx.req.store, documentAccess.value.doc, {
    wvm: wvm as WvmType,
    wvmId,
  });
  if (!snapshot) return fail(ctx, 404, "Not found.");
  return { ok: true, value: { ...documentAccess.value, wvm: wvm as WvmType, wvmId, snapshot } };
}

export function resolveElement(
  ctx: HandlerContext,
  allowed: readonly WvmType[] = ["w", "v", "m"],
  wvmParam = "wvm",
  idParam = "wvmid",
): Resolved<ElementAccess> {
  const invalid = checkIds<ElementAccess>(ctx, ["eid"]);
  if (invalid) return invalid;
  const snapshotAccess = resolveSnapshot(ctx, allowed, wvmParam, idParam);
  if (!snapshotAccess.ok) return snapshotAccess;
  const element = findElement(snapshotAccess.value.snapshot, ctx.params.eid ?? "");
  if (!element) return fail(ctx, 404, "Element not found.");
  return { ok: true, value: { ...snapshotAccess.value, element } };
}
