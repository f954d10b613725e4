import { derivedId, type SeedElement } from "../../seed";
import type { HandlerContext } from "../handler-context";
import type { ElementAccess, SnapshotAccess } from "../resolve-path";
import { thumbnailInfo } from "./onshape-json";

// Element JSON (BTDocumentElementInfo) and the ids derived from an element's content.

/**
 * Onshape gives every element a microversion that changes whenever the element changes.
 * Deriving it from the content gives the workspace and a version with identical content the
 * same element microversion, and V1 a different one, which is what caches key on.
 */
export function elementMicroversionId(element: SeedElement): string {
  return derivedId("element-microversion", JSON.stringify(element));
}

const kinds = {
  PARTSTUDIO: { type: "Part Studio", dataType: "onshape/partstudio" },
  ASSEMBLY: { type: "Assembly", dataType: "onshape/assembly" },
  DRAWING: { type: "Drawing", dataType: "onshape-app/drawing" },
  BLOB: { type: "Blob", dataType: "" },
} as const;

/** Thumbnails exist for workspaces and versions only (the spec's `wv` is w|v). */
export function elementThumbnailBase(access: SnapshotAccess, element: SeedElement): string {
  const wv = access.wvm === "v" ? "v" : "w";
  const wvId = access.wvm === "m" ? (access.doc.workspaces[0]?.id ?? access.wvmId) : access.wvmId;
  return `/thumbnails/d/${access.doc.id}/${wv}/${wvId}/e/${element.id}`;
}

export function elementInfo(
  ctx: HandlerContext,
  access: SnapshotAccess,
  element: SeedElement,
  withThumbnails: boolean,
) {
  const kind = kinds[element.elementType];
  const modelUnits =
    element.elementType === "PARTSTUDIO" || element.elementType === "ASSEMBLY"
      ? { lengthUnits: "millimeter", angleUnits: "degree", massUnits: "kilogram" }
      : {};
  return {
    id: element.id,
    name: element.name,
    elementType: element.elementType,
    type: kind.type,
    dataType: element.elementType === "BLOB" ? element.mimeType : kind.dataType,
    ...(element.elementType === "BLOB" ? { filename: element.filename } : {}),
    microversionId: elementMicroversionId(element),
    ...modelUnits,
    deleted: false,
    safeToShow: true,
    unupdatable: false,
    ...(withThumbnails && element.hasThumbnail
      ? {
          thumbnailInfo: thumbnailInfo(
            ctx,
            elementThumbnailBase(access, element),
            elementMicroversionId(element),
          ),
        }
      : {}),
  };
}

export type ElementAccessOf<T extends SeedElement["elementType"]> = ElementAccess & {
  element: Extract<SeedElement, { elementType: T }>;
};

/** Narrows an element access to one element type, for operations that need e.g. an assembly. */
export function isElementOfType<T extends SeedElement["elementType"]>(
  access: ElementAccess,
  type: T,
): access is ElementAccessOf<T> {
  return access.element.elementType === type;
}
