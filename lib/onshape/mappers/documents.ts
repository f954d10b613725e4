import type {
  DocumentFilter,
  DocumentInfo,
  DocumentPage,
  DocumentSummary,
  Snapshot,
  SnapshotOption,
} from "../types";
import type {
  RawDocument,
  RawDocumentList,
  RawDocumentNode,
  RawVersion,
  RawWorkspace,
} from "../raw-types";

/** Onshape's `filter` numbers for the app's three lists. */
export const onshapeFilter: Record<DocumentFilter, number> = { mine: 0, shared: 2, recent: 5 };

/** The list can hold folders and projects too; only documents are shown. */
function isDocumentNode(node: RawDocumentNode): boolean {
  return node.jsonType === "document-summary" || node.resourceType === "document";
}

export function toDocumentSummary(raw: RawDocumentNode): DocumentSummary {
  const workspaceId = raw.defaultWorkspace?.id ?? null;
  return {
    id: raw.id ?? "",
    name: raw.name ?? "Untitled document",
    ownerName: raw.owner?.name ?? null,
    modifiedAt: raw.modifiedAt ?? null,
    defaultWorkspaceId: workspaceId,
    thumbnail:
      raw.thumbnail && workspaceId ? { workspaceId, cacheKey: raw.thumbnail.id ?? null } : null,
  };
}

/** Onshape links pages by URL; the app pages by offset, read from those URLs. */
export function offsetOf(pageUrl: string | undefined): number | null {
  if (!pageUrl || !URL.canParse(pageUrl)) return null;
  const offset = Number(new URL(pageUrl).searchParams.get("offset") ?? "0");
  return Number.isInteger(offset) && offset >= 0 ? offset : null;
}

export function toDocumentPage(raw: RawDocumentList, offset: number): DocumentPage {
  return {
    items: ((raw.items ?? []) as RawDocumentNode[]).filter(isDocumentNode).map(toDocumentSummary),
    offset,
    nextOffset: offsetOf(raw.next),
    previousOffset: offsetOf(raw.previous),
  };
}

export function toDocumentInfo(raw: RawDocument): DocumentInfo {
  return {
    id: raw.id ?? "",
    name: raw.name ?? "Untitled document",
    ownerName: raw.owner?.name ?? null,
    defaultWorkspaceId: raw.defaultWorkspace?.id ?? null,
    defaultWorkspace: raw.defaultWorkspace ? toSnapshot("w", raw.defaultWorkspace) : null,
  };
}

export function toSnapshot(wvm: "w" | "v", raw: RawWorkspace | RawVersion): Snapshot {
  return {
    wvm,
    id: raw.id ?? "",
    name: raw.name || null,
    date: (wvm === "v" ? raw.createdAt : raw.modifiedAt) ?? null,
  };
}

/** Workspaces first, then versions newest first (Onshape lists versions oldest first). */
export function toSnapshotOptions(
  workspaces: readonly RawWorkspace[],
  versions: readonly RawVersion[],
): SnapshotOption[] {
  const option = (wvm: "w" | "v", raw: RawWorkspace | RawVersion): SnapshotOption[] =>
    raw.id ? [{ wvm, id: raw.id, name: raw.name ?? raw.id, createdAt: raw.createdAt ?? null }] : [];
  return [
    ...workspaces.flatMap((raw) => option("w", raw)),
    ...[...versions].reverse().flatMap((raw) => option("v", raw)),
  ];
}
