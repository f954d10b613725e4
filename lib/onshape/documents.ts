import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import {
  onshapeFilter,
  toDocumentInfo,
  toDocumentPage,
  toSnapshotOptions,
} from "./mappers/documents";
import { oncePerRender, refKey } from "./request-memo";
import type { DocumentQuery, DocumentRef } from "./types";

/** One page (at most 20, Onshape's limit) of the user's documents. */
export function getDocuments(userId: string, query: DocumentQuery) {
  const { filter, q, offset } = query;
  return oncePerRender(`documents ${userId} ${filter} ${offset} ${q}`, async () => {
    const result = await onshapeClient(userId).GET("/documents", {
      params: {
        query: {
          filter: onshapeFilter[filter],
          ...(q ? { q } : {}),
          // "Recent" is most recently modified first; the others newest first by creation.
          sortColumn: filter === "recent" ? "modifiedAt" : "createdAt",
          sortOrder: "desc",
          offset,
          limit: 20,
        },
      },
    });
    return toDocumentPage(dataOf(result), offset);
  });
}

/** The document's own info, read for a view of it at `ref` (and cached with that view's data). */
export function getDocument(userId: string, ref: DocumentRef) {
  return oncePerRender(`document ${userId} ${refKey(ref)}`, async () => {
    const result = await onshapeClient(userId, { view: ref }).GET("/documents/{did}", {
      params: { path: { did: ref.documentId } },
    });
    return toDocumentInfo(dataOf(result));
  });
}

/** Workspaces and versions to switch between: two independent calls, in parallel. */
export function getSnapshotOptions(userId: string, documentId: string) {
  return oncePerRender(`snapshots ${userId} ${documentId}`, async () => {
    const client = onshapeClient(userId);
    const path = { did: documentId };
    const [workspaces, versions] = await Promise.all([
      client.GET("/documents/d/{did}/workspaces", { params: { path } }).then(dataOf),
      client.GET("/documents/d/{did}/versions", { params: { path } }).then(dataOf),
    ]);
    return toSnapshotOptions(workspaces, versions);
  });
}
