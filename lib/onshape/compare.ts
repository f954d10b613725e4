import "server-only";
import { compareBoms, compareParts, type Comparison } from "@/lib/compare/diff";
import type { CompareSide } from "@/lib/compare/sides";
import { onshapeClient } from "./api/client";
import { getBillOfMaterials } from "./bill-of-materials";
import { getElement } from "./elements";
import { currentMicroversion } from "./model/onshape-calls";
import { getPartsTable } from "./part-studio";
import { oncePerRender } from "./request-memo";
import type { ElementRef, ElementSummary } from "./types";

// Comparing an element between two snapshots reads each side where it never changes: a
// version, or the document microversion a workspace was pinned at. Those answers are cached
// for good (lib/onshape/api/cache-policy.ts), so a repeat comparison costs no data call.

/** A workspace's microversion now (never cached: it is what pins a comparison's link). */
export function workspaceMicroversion(userId: string, documentId: string, workspaceId: string) {
  return oncePerRender(`compare microversion ${userId} ${documentId} ${workspaceId}`, () =>
    currentMicroversion(onshapeClient(userId), { documentId, workspaceId }),
  );
}

/** Where a pinned side's data is read: the version, or the workspace's microversion. */
export function sideRef(
  documentId: string,
  elementId: string,
  side: CompareSide,
  configuration?: string,
): ElementRef {
  const at =
    side.wvm === "w" && side.microversionId
      ? { wvm: "m" as const, wvmId: side.microversionId }
      : { wvm: side.wvm, wvmId: side.id };
  return { documentId, elementId, ...at, ...(configuration ? { configuration } : {}) };
}

export type ElementComparison =
  | { kind: "PARTSTUDIO"; element: ElementSummary; parts: Comparison }
  | { kind: "ASSEMBLY"; element: ElementSummary; bom: Comparison }
  | { kind: "OTHER"; element: ElementSummary }
  /** The element is not in one of the two snapshots (made later, or deleted). */
  | { kind: "MISSING"; missingIn: ("before" | "after")[]; element: ElementSummary | null };

/**
 * The element at both sides (two lookups, in parallel), then its parts with mass properties or
 * its flattened BOM (total quantities per part) at both sides, in parallel.
 */
export async function getElementComparison(
  userId: string,
  before: ElementRef,
  after: ElementRef,
): Promise<ElementComparison> {
  const [a, b] = await Promise.all([getElement(userId, before), getElement(userId, after)]);
  if (!a || !b) {
    const missingIn = [...(a ? [] : ["before" as const]), ...(b ? [] : ["after" as const])];
    return { kind: "MISSING", missingIn, element: b ?? a };
  }
  if (a.kind === "PARTSTUDIO" && b.kind === "PARTSTUDIO") {
    const [old, now] = await Promise.all([
      getPartsTable(userId, before),
      getPartsTable(userId, after),
    ]);
    return { kind: "PARTSTUDIO", element: b, parts: compareParts(old, now) };
  }
  if (a.kind === "ASSEMBLY" && b.kind === "ASSEMBLY") {
    const [old, now] = await Promise.all([
      getBillOfMaterials(userId, before, "flattened"),
      getBillOfMaterials(userId, after, "flattened"),
    ]);
    return { kind: "ASSEMBLY", element: b, bom: compareBoms(old, now) };
  }
  return { kind: "OTHER", element: b };
}
