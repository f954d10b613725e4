import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import {
  onshapeFilter,
  toDocumentInfo,
  toDocumentPage,
  toSnapshot,
  toSnapshotOptions,
} from "./mappers/documents";
import { oncePerRender, refKey } from "./request-memo";
import type { DocumentQuery, DocumentRef, Snapshot } from "./types";

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

/**
 * The workspace or version a page shows, named. The document's main workspace comes with the
 * document (no call of its own); another workspace or a version costs one list call.
 */
export function getSnapshot(userId: string, ref: DocumentRef): Promise<Snapshot> {
  const unnamed: Snapshot = { wvm: ref.wvm, id: ref.wvmId, name: null, date: null };
  const { wvm } = ref;
  if (wvm === "m") return Promise.resolve(unnamed);
  return oncePerRender(`snapshot ${userId} ${ref.documentId} ${wvm} ${ref.wvmId}`, async () => {
    if (wvm === "w") {
      const doc = await getDocument(userId, ref);
      if (doc.defaultWorkspace?.id === ref.wvmId) return doc.defaultWorkspace;
    }
    const client = onshapeClient(userId);
    const path = { did: ref.documentId };
    const list =
      wvm === "w"
        ? await client.GET("/documents/d/{did}/workspaces", { params: { path } }).then(dataOf)
        : await client.GET("/documents/d/{did}/versions", { params: { path } }).then(dataOf);
    const found = list.find((raw) => raw.id === ref.wvmId);
    return found ? toSnapshot(wvm, found) : unnamed;
  });
}
