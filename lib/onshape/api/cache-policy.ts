import { onshapeIdSource } from "../ids";
import type { DocumentRef } from "../types";

// How long an Onshape answer may be reused, decided from its URL and the view it is read for.
// - At a version or microversion it never changes: kept a day, in the database.
// - At a workspace it changes with every edit: kept under the workspace's microversion at the
//   time, as immutable data, and served only while the workspace is still at that microversion.
// - A document's own info read for a view belongs to that view's snapshot (its name and owner
//   shown beside workspace data): it follows the same rule as the snapshot.
// - Lists and anything else without a microversion: seconds, in process memory.
// - The microversion lookup itself: never.

export type WorkspaceKey = { documentId: string; workspaceId: string };

export type CachePolicy =
  | { kind: "none" }
  | { kind: "short" }
  | { kind: "immutable"; key: string }
  | { kind: "workspace"; workspace: WorkspaceKey; keyAt: (microversionId: string) => string };

const id = onshapeIdSource;
const snapshotPath = new RegExp(`/d/(${id})/([wvm])/(${id})(/|$)`);
const documentPath = new RegExp(`/documents/(${id})$`);
const lookupPath = new RegExp(`/documents/d/${id}/[wv]/${id}/currentmicroversion$`);
// Pictures are fetched by the browser, one request each, with their own cache key in the URL.
const picturePath = /\/thumbnails\//;

export function cachePolicy(method: string, url: string, view?: DocumentRef): CachePolicy {
  if (method !== "GET") return { kind: "none" };
  const { pathname } = new URL(url);
  if (lookupPath.test(pathname)) return { kind: "none" };
  const inPath = snapshotPath.exec(pathname);
  const document = documentPath.exec(pathname)?.[1];
  const snapshot = inPath
    ? { documentId: inPath[1]!, wvm: inPath[2]!, wvmId: inPath[3]! }
    : document && view?.documentId === document
      ? view
      : undefined;
  if (!snapshot) return { kind: "short" };
  // The URL alone does not say which snapshot a document's info was read for.
  const scoped = inPath ? url : `${url}#${snapshot.wvm}=${snapshot.wvmId}`;
  if (snapshot.wvm !== "w") return { kind: "immutable", key: scoped };
  if (picturePath.test(pathname)) return { kind: "short" };
  return {
    kind: "workspace",
    workspace: { documentId: snapshot.documentId, workspaceId: snapshot.wvmId },
    keyAt: (microversionId) => `${scoped}#microversion=${microversionId}`,
  };
}
