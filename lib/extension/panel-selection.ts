import { z } from "zod";
import { isOnshapeId } from "@/lib/onshape/ids";
import type { PartRow, PartStudioSelectionData } from "@/lib/onshape/types";

// Onshape's SELECTION message to a right panel (PLATFORM.md §5): the whole current selection
// each time, [] when nothing is selected. Every message is checked before it is used; a
// malformed one is ignored as a whole. Client-safe.

const entry = z.looseObject({
  selectionType: z.string().max(64),
  selectionId: z.string().min(1).max(256),
  entityType: z.string().max(64).optional(),
  workspaceMicroversionId: z.string().refine(isOnshapeId).optional(),
  occurrencePath: z.array(z.string().min(1).max(256)).max(64).optional(),
});

const selectionMessage = z.looseObject({
  messageName: z.literal("SELECTION"),
  selections: z.array(entry).max(10_000),
});

export type SelectionEntry = z.infer<typeof entry>;

export type Selection = {
  entries: SelectionEntry[];
  /** The workspace microversion the selection was made at; null when Onshape did not say. */
  microversionId: string | null;
};

/** The selection in a SELECTION message, or null when the message is not a valid one. */
export function readSelection(data: unknown): Selection | null {
  const parsed = selectionMessage.safeParse(data);
  if (!parsed.success) return null;
  const entries = parsed.data.selections;
  const microversions = new Set(entries.map((e) => e.workspaceMicroversionId).filter(Boolean));
  // One selection is made at one moment: entries that disagree are not Onshape's.
  if (microversions.size > 1) return null;
  return { entries, microversionId: ([...microversions][0] as string | undefined) ?? null };
}

/**
 * The parts a selection touches, in the order first selected: a BODY's id is the part id; a
 * face, edge or vertex belongs to the part that owns it. Entities of no known part (a sketch,
 * a plane) add nothing.
 */
export function selectedParts(data: PartStudioSelectionData, entries: readonly SelectionEntry[]) {
  const byId = new Map(data.parts.map((part) => [part.partId, part]));
  const picked = new Map<string, PartRow>();
  for (const item of entries) {
    const partId =
      item.selectionType === "BODY" ? item.selectionId : data.entityOwners[item.selectionId];
    const part = partId ? byId.get(partId) : undefined;
    if (part && !picked.has(part.partId)) picked.set(part.partId, part);
  }
  return [...picked.values()];
}
