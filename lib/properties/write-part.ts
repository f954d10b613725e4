import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { toMetadataValue } from "@/lib/onshape/mappers/metadata";
import {
  getPartProperties,
  notInWorkspace,
  updatePartProperties,
  type PropertyWrite,
} from "@/lib/onshape/part-metadata";
import type { ElementRef, PartProperty, PropertyValue } from "@/lib/onshape/types";
import { displayValue, sameValue, valueProblem } from "./rules";

// The one way the app changes part properties, from a table cell or a spreadsheet row: every
// value checked against Onshape's rules, and no lost update. Each change carries the value the
// user saw; if Onshape holds another one now (another user, another tab), nothing of that part
// is written and both values go back to the user. Onshape has no conditional write, so the
// check reads Onshape's current state right before the write (past every cache).

export type PropertyChange = { propertyId: string; seen: PropertyValue; value: PropertyValue };

export type Conflict = {
  propertyId: string;
  name: string;
  /** What the user saw (and based the change on). */
  seen: string;
  /** What Onshape holds now. */
  current: string;
  /** What the user wanted to write. */
  wanted: string;
};

export type Refusal = { propertyId: string; name: string; problem: string };

export type WriteOutcome =
  | { ok: true; written: string[]; unchanged: string[]; properties: PartProperty[] }
  | { ok: false; reason: "conflict"; conflicts: Conflict[]; properties: PartProperty[] }
  | { ok: false; reason: "invalid"; refusals: Refusal[] };

export async function writePartProperties(input: {
  userId: string;
  ref: ElementRef;
  partId: string;
  changes: readonly PropertyChange[];
}): Promise<WriteOutcome> {
  const { userId, ref, partId, changes } = input;
  if (ref.wvm !== "w") throw notInWorkspace();
  const parts = await getPartProperties(userId, ref, { fresh: true });
  const part = parts.find((candidate) => candidate.partId === partId);
  if (!part) {
    throw new AppError("not-found", `This Part Studio has no part with id "${partId}" (any more).`);
  }
  const planned = planPartWrite(part.properties, changes);
  if (!planned.ok) {
    return planned.reason === "conflict" ? { ...planned, properties: part.properties } : planned;
  }
  if (planned.values.length > 0) {
    await writeOrExplain(() =>
      updatePartProperties(userId, { ref, partId, values: planned.values }),
    );
  }
  const properties = part.properties.map((property) => {
    const written = planned.values.some((v) => v.propertyId === property.propertyId);
    const change = changes.find((c) => c.propertyId === property.propertyId);
    return written && change ? { ...property, value: change.value } : property;
  });
  return {
    ok: true,
    written: planned.values.map((v) => v.propertyId),
    unchanged: planned.unchanged,
    properties,
  };
}

type Plan =
  | { ok: true; values: PropertyWrite[]; unchanged: string[] }
  | { ok: false; reason: "conflict"; conflicts: Conflict[] }
  | { ok: false; reason: "invalid"; refusals: Refusal[] };

/**
 * What to write, in Onshape's form, given Onshape's current properties of the part. A quantity
 * the user gave in another unit is compared in the property's own unit: 0.25 m for 250 mm is
 * no change. Pure: unit-tested.
 */
export function planPartWrite(
  current: readonly PartProperty[],
  changes: readonly PropertyChange[],
): Plan {
  const refusals: Refusal[] = [];
  const conflicts: Conflict[] = [];
  const values: PropertyWrite[] = [];
  const unchanged: string[] = [];
  const seenIds = new Set<string>();
  for (const change of changes) {
    const property = current.find((p) => p.propertyId === change.propertyId);
    if (!property) {
      refusals.push({
        propertyId: change.propertyId,
        name: change.propertyId,
        problem: "Onshape has no such property for this part.",
      });
      continue;
    }
    if (seenIds.has(property.propertyId)) {
      refusals.push({ ...named(property), problem: `${property.name} is given twice.` });
      continue;
    }
    seenIds.add(property.propertyId);
    const problem = valueProblem(property, change.value);
    if (problem) {
      refusals.push({ ...named(property), problem });
      continue;
    }
    if (sameValue(property.value, change.value)) {
      // Already what the user wants (e.g. a second apply of the same file): nothing to do.
      unchanged.push(property.propertyId);
      continue;
    }
    if (!sameValue(property.value, change.seen)) {
      conflicts.push({
        ...named(property),
        seen: displayValue(property, change.seen),
        current: displayValue(property, property.value),
        wanted: displayValue(property, change.value),
      });
      continue;
    }
    // Written back as Onshape gave it: "260 mm" stays text, a number with units stays so.
    values.push({
      propertyId: property.propertyId,
      value: toMetadataValue(property, change.value),
    });
  }
  if (refusals.length > 0) return { ok: false, reason: "invalid", refusals };
  if (conflicts.length > 0) return { ok: false, reason: "conflict", conflicts };
  return { ok: true, values, unchanged };
}

const named = (property: PartProperty) => ({
  propertyId: property.propertyId,
  name: property.name,
});

/** Onshape's refusals of a write, in words that say what to do. */
async function writeOrExplain(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (isAppError(error) && error.kind === "forbidden") {
      throw new AppError(
        "forbidden",
        "Onshape refused the change (403): either this app may not edit for you yet (Allow editing), or you may only view this document.",
        { cause: error },
      );
    }
    if (isAppError(error) && error.kind === "bad-request") {
      throw new AppError("bad-request", "Onshape did not accept the new value.", { cause: error });
    }
    throw error;
  }
}
