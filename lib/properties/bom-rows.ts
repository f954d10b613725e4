import { withConfiguration } from "@/lib/navigation/with-configuration";
import type { BomColumn, BomPartSource, ElementRef, PartProperty } from "@/lib/onshape/types";

// Which BOM rows the user may edit, and where the write goes. A BOM row's part lives in a Part
// Studio of its own (itemSource): its properties are written to that Part Studio's metadata, in
// the workspace the assembly is read in. A part the assembly uses from another document, or at
// a version, is kept by Onshape exactly as it was linked: the row says why it is not editable.
// Client-safe: the BOM table asks this per row.

export type BomRowTarget =
  { editable: true; partStudio: ElementRef; partId: string } | { editable: false; reason: string };

export function bomRowTarget(assembly: ElementRef, part: BomPartSource): BomRowTarget {
  if (assembly.wvm !== "w") {
    return { editable: false, reason: "This BOM is at a version: Onshape keeps it as it was." };
  }
  if (part.documentId !== assembly.documentId) {
    return {
      editable: false,
      reason:
        "This part is linked from another document: edit it in that document, then update the link.",
    };
  }
  if (part.wvm !== "w" || part.wvmId !== assembly.wvmId) {
    return {
      editable: false,
      reason:
        "This part is used at a version of its Part Studio, which Onshape keeps as it was: edit it in the workspace and update the reference.",
    };
  }
  return {
    editable: true,
    // In the configuration the assembly uses the part in: its metadata (computed values, and
    // which parts exist) is that configuration's.
    partStudio: withConfiguration(
      { documentId: part.documentId, wvm: "w", wvmId: part.wvmId, elementId: part.elementId },
      part.configuration,
    ),
    partId: part.partId,
  };
}

/** The Part Studios whose metadata the editable rows need: one metadata read each. */
export function bomPartStudios(
  assembly: ElementRef,
  parts: readonly (BomPartSource | null | undefined)[],
): ElementRef[] {
  const found = new Map<string, ElementRef>();
  for (const part of parts) {
    if (!part) continue;
    const target = bomRowTarget(assembly, part);
    if (target.editable) found.set(partStudioKey(target.partStudio), target.partStudio);
  }
  return [...found.values()];
}

export const partStudioKey = (ref: ElementRef) =>
  `${ref.documentId} ${ref.wvmId} ${ref.elementId} ${ref.configuration ?? ""}`;

/**
 * The part property a BOM column shows. Onshape's BOM headers of standard properties carry the
 * property's id; custom-property columns name the property id; a template may only share the name.
 */
export function columnProperty(
  column: BomColumn,
  properties: readonly PartProperty[],
): PartProperty | undefined {
  return (
    properties.find((p) => p.propertyId === column.id) ??
    properties.find((p) => p.propertyId === column.propertyName) ??
    properties.find((p) => p.name === column.name)
  );
}
