import type { UnitSystem } from "@/lib/format/units";
import type { ModelKindParam } from "./model-kind";
import type {
  BomView,
  DocumentQuery,
  DocumentRef,
  ElementKind,
  ElementRef,
  ThumbnailSize,
  ThumbnailSource,
} from "@/lib/onshape/types";

// Every URL the views link to is built here, for the standalone pages and the Onshape tab.

type ListQuery = Partial<DocumentQuery>;

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

const refPath = (ref: DocumentRef) => `${ref.documentId}/${ref.wvm}/${ref.wvmId}`;

/** The list's state as a query string (defaults left out), e.g. "?filter=shared&q=flansch". */
export function listQuery(state: ListQuery): string {
  return withQuery("", {
    filter: state.filter === "mine" ? undefined : state.filter,
    q: state.q,
    offset: state.offset || undefined,
  });
}

const kindHints: Partial<Record<ElementKind, string>> = {
  PARTSTUDIO: "partstudio",
  ASSEMBLY: "assembly",
};

/** The element type a link promised, if any; only a hint, the page checks it. */
export function parseKindHint(value: unknown): ElementKind | undefined {
  const entry = Object.entries(kindHints).find(([, hint]) => hint === value);
  return entry?.[0] as ElementKind | undefined;
}

export const pageLinks = {
  documents: (state: ListQuery = {}) => `/documents${listQuery(state)}`,
  document: (ref: DocumentRef) => `/documents/${refPath(ref)}`,
  // `type` tells the element page what it will show, so it can fetch the content in parallel
  // with the element lookup instead of after it (links from a list know the type).
  element: (ref: ElementRef, options: { bom?: BomView; kind?: ElementKind } = {}) =>
    withQuery(`/documents/${refPath(ref)}/e/${ref.elementId}`, {
      type: kindHints[options.kind ?? "OTHER"],
      bom: options.bom === "flattened" ? "flattened" : undefined,
      configuration: ref.configuration,
    }),
  /** An element compared between two snapshots (`v.<id>`, `w.<id>[.<microversion>]`). */
  compare: (
    ref: { documentId: string; elementId: string; configuration?: string },
    sides: { from?: string; to?: string } = {},
  ) =>
    withQuery(`/documents/${ref.documentId}/compare/${ref.elementId}`, {
      from: sides.from,
      to: sides.to,
      configuration: ref.configuration,
    }),
  /** Importing part properties from a spreadsheet (workspaces only). */
  propertyImport: (ref: ElementRef) => `/documents/${refPath(ref)}/e/${ref.elementId}/import`,
};

/** The app's own API routes; the same for standalone pages and the tab. */
export const apiLinks = {
  documents: (state: ListQuery) =>
    withQuery("/api/documents", {
      filter: state.filter,
      q: state.q,
      offset: state.offset || undefined,
    }),
  documentThumbnail: (
    documentId: string,
    source: { workspaceId: string; cacheKey: string | null },
    size: ThumbnailSize,
  ) =>
    withQuery(`/api/documents/${documentId}/thumbnail`, {
      wid: source.workspaceId,
      size,
      t: source.cacheKey ?? undefined,
    }),
  elementThumbnail: (
    { documentId, elementId }: { documentId: string; elementId: string },
    source: ThumbnailSource,
    size: ThumbnailSize,
  ) =>
    withQuery(`/api/documents/${documentId}/${source.wv}/${source.wvId}/e/${elementId}/thumbnail`, {
      size,
      t: source.cacheKey ?? undefined,
    }),
  selectionData: (
    ref: ElementRef,
    { configuration, kind }: { configuration: string; kind: "PARTSTUDIO" | "ASSEMBLY" },
  ) =>
    withQuery(`/api/documents/${refPath(ref)}/e/${ref.elementId}/selection-data`, {
      configuration,
      kind: kindHints[kind],
    }),
  partsCsv: (ref: ElementRef, units: UnitSystem) =>
    withQuery(`/api/documents/${refPath(ref)}/e/${ref.elementId}/parts-csv`, {
      units,
      configuration: ref.configuration,
    }),
  partProperties: (ref: ElementRef) =>
    `/api/documents/${refPath(ref)}/e/${ref.elementId}/properties`,
  importPreview: (ref: ElementRef) =>
    `/api/documents/${refPath(ref)}/e/${ref.elementId}/properties/import/preview`,
  importApply: (ref: ElementRef) =>
    `/api/documents/${refPath(ref)}/e/${ref.elementId}/properties/import/apply`,
  bomCsv: (ref: ElementRef, view: BomView, units?: UnitSystem) =>
    withQuery(`/api/documents/${refPath(ref)}/e/${ref.elementId}/bom-csv`, {
      view,
      units: units === "imperial" ? units : undefined,
      configuration: ref.configuration,
    }),
  /** POST starts (or joins) the 3D model; GET with `snapshot` is its progress. */
  model: (ref: ElementRef, query: ModelQuery & { snapshot?: string; retry?: boolean }) =>
    withQuery(`/api/documents/${refPath(ref)}/e/${ref.elementId}/model`, {
      kind: query.kind,
      configuration: query.configuration,
      snapshot: query.snapshot,
      retry: query.retry ? 1 : undefined,
    }),
  modelFile: (ref: ElementRef, query: ModelQuery & { snapshot: string }) =>
    withQuery(`/api/documents/${refPath(ref)}/e/${ref.elementId}/model/file`, query),
};

/** Which model of an element: its kind as the routes name it, and its configuration. */
export type ModelQuery = { kind: ModelKindParam; configuration: string };

/** The document in Onshape itself, on the configured Onshape (enterprise or cad). */
export function onshapeUrl(
  apiOrigin: string,
  ref: DocumentRef & { elementId?: string; configuration?: string },
): string {
  const element = ref.elementId ? `/e/${ref.elementId}` : "";
  return withQuery(`${apiOrigin}/documents/${refPath(ref)}${element}`, {
    configuration: ref.elementId ? ref.configuration : undefined,
  });
}
