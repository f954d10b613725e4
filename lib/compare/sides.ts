import { isOnshapeId } from "@/lib/onshape/ids";

// One side of a comparison as a link names it: a version ("v.<id>"), or a workspace at the
// microversion it was compared at ("w.<id>.<microversion>"). A workspace given without one
// ("w.<id>") is pinned to its current microversion before anything is read, so every
// comparison link names immutable data: it reopens the same comparison, from the cache.

export type CompareSide =
  { wvm: "v"; id: string } | { wvm: "w"; id: string; microversionId: string | null };

export function parseSide(value: unknown): CompareSide | null {
  if (typeof value !== "string") return null;
  const [wvm, id, microversionId, ...rest] = value.split(".");
  if (rest.length > 0 || !id || !isOnshapeId(id)) return null;
  if (wvm === "v") return microversionId === undefined ? { wvm, id } : null;
  if (wvm !== "w") return null;
  if (microversionId === undefined) return { wvm, id, microversionId: null };
  return isOnshapeId(microversionId) ? { wvm, id, microversionId } : null;
}

export function formatSide(side: CompareSide): string {
  return side.wvm === "v" || !side.microversionId
    ? `${side.wvm}.${side.id}`
    : `w.${side.id}.${side.microversionId}`;
}

/** The workspace or version a side is of, for pickers: the microversion left out. */
export function sideChoice(side: CompareSide): string {
  return `${side.wvm}.${side.id}`;
}
