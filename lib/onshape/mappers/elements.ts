import { onshapeIdSource } from "../ids";
import type { RawElement, RawThumbnail } from "../raw-types";
import type {
  DocumentRef,
  ElementGroup,
  ElementKind,
  ElementSummary,
  ThumbnailSource,
} from "../types";

const kinds: readonly ElementKind[] = [
  "PARTSTUDIO",
  "ASSEMBLY",
  "DRAWING",
  "BLOB",
  "FEATURESTUDIO",
  "VARIABLESTUDIO",
  "APPLICATION",
];

export const kindLabels: Record<ElementKind, { one: string; many: string }> = {
  PARTSTUDIO: { one: "Part Studio", many: "Part Studios" },
  ASSEMBLY: { one: "Assembly", many: "Assemblies" },
  DRAWING: { one: "Drawing", many: "Drawings" },
  BLOB: { one: "File", many: "Files" },
  FEATURESTUDIO: { one: "Feature Studio", many: "Feature Studios" },
  VARIABLESTUDIO: { one: "Variable Studio", many: "Variable Studios" },
  APPLICATION: { one: "Application", many: "Applications" },
  OTHER: { one: "Other", many: "Other elements" },
};

export function elementKind(raw: string | undefined): ElementKind {
  return (kinds as readonly string[]).includes(raw ?? "") ? (raw as ElementKind) : "OTHER";
}

const id = `(${onshapeIdSource})`;
const thumbnailPath = new RegExp(`/thumbnails/d/${id}/([wv])/${id}/e/${id}`);

/**
 * Onshape renders element thumbnails per workspace or version. Its `href` says which one (at
 * a microversion it points at a workspace); without one, the page's own w/v is used.
 */
export function thumbnailSource(
  info: RawThumbnail | undefined,
  ref: DocumentRef,
  elementMicroversionId?: string,
): ThumbnailSource | null {
  if (!info) return null;
  const cacheKey = info.id ?? elementMicroversionId ?? null;
  const match = thumbnailPath.exec(info.href ?? "");
  if (match && match[1] === ref.documentId) {
    return { wv: match[2] as "w" | "v", wvId: match[3] ?? "", cacheKey };
  }
  return ref.wvm === "m" ? null : { wv: ref.wvm, wvId: ref.wvmId, cacheKey };
}

export function toElementSummary(raw: RawElement, ref: DocumentRef): ElementSummary {
  const kind = elementKind(raw.elementType);
  return {
    id: raw.id ?? "",
    name: raw.name ?? "Untitled",
    kind,
    typeLabel: raw.prettyType ?? raw.type ?? kindLabels[kind].one,
    filename: raw.filename ?? null,
    mimeType: kind === "BLOB" && raw.dataType ? raw.dataType : null,
    thumbnail: thumbnailSource(raw.thumbnailInfo, ref, raw.microversionId),
  };
}

/** Groups in a fixed order (Part Studios, Assemblies, Drawings, …), tabs in Onshape's order. */
export function groupElements(elements: readonly ElementSummary[]): ElementGroup[] {
  return [...kinds, "OTHER" as const].flatMap((kind) => {
    const members = elements.filter((element) => element.kind === kind);
    return members.length ? [{ kind, label: kindLabels[kind].many, elements: members }] : [];
  });
}
