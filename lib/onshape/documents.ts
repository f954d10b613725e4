import "server-only";
import { cache } from "react";
import type { DocumentFilter } from "@/lib/views/types";
import { dataOf, onshapeClient } from "./client";
import {
  onshapeFilter,
  toDocumentInfo,
  toDocumentPage,
  toSnapshotOptions,
} from "./mappers/documents";

// Document operations. Each is one Onshape call, deduplicated within a render by `cache`
// (arguments are primitives, so equal calls hit the same entry).

/** One page (at most 20, Onshape's limit) of the user's documents. */
export const getDocuments = cache(
  async (userId: string, filter: DocumentFilter, q: string, offset: number) => {
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
  },
);

export const getDocument = cache(async (userId: string, documentId: string) => {
  const result = await onshapeClient(userId).GET("/documents/{did}", {
    params: { path: { did: documentId } },
  });
  return toDocumentInfo(dataOf(result));
});

export const getDocumentWorkspaces = cache(async (userId: string, documentId: string) => {
  const result = await onshapeClient(userId).GET("/documents/d/{did}/workspaces", {
    params: { path: { did: documentId } },
  });
  return dataOf(result);
});

export const getDocumentVersions = cache(async (userId: string, documentId: string) => {
  const result = await onshapeClient(userId).GET("/documents/d/{did}/versions", {
    params: { path: { did: documentId } },
  });
  return dataOf(result);
});

/** Workspaces and versions to switch between: two independent calls, in parallel. */
export const getSnapshotOptions = cache(async (userId: string, documentId: string) => {
  const [workspaces, versions] = await Promise.all([
    getDocumentWorkspaces(userId, documentId),
    getDocumentVersions(userId, documentId),
  ]);
  return toSnapshotOptions(workspaces, versions);
});
