"use client";

import useSWR from "swr";
import { savePartProperties, type SaveOutcome } from "@/lib/actions/part-properties";
import type { ElementRef, PartProperties, PartProperty, PropertyValue } from "@/lib/onshape/types";
import type { Conflict } from "@/lib/properties/write-part";

// The parts' properties as the table shows them, in SWR's cache: a save shows the new value at
// once (optimistic) and rolls back with the error when Onshape refuses it.

export type ElementParams = {
  did: string;
  wvm: string;
  wvmid: string;
  eid: string;
  configuration?: string;
};

export const elementParams = (ref: ElementRef): ElementParams => ({
  did: ref.documentId,
  wvm: ref.wvm,
  wvmid: ref.wvmId,
  eid: ref.elementId,
  ...(ref.configuration ? { configuration: ref.configuration } : {}),
});

export type SaveProperty = (
  partId: string,
  property: PartProperty,
  value: PropertyValue,
  seen?: PropertyValue,
) => Promise<SaveResult>;

export type SaveResult =
  { ok: true } | { ok: false; message: string; kind: string; conflicts?: Conflict[] };

class SaveFailed extends Error {
  constructor(readonly outcome: Exclude<SaveOutcome, { ok: true }>) {
    super("save failed");
  }
}

function withValue(
  parts: PartProperties[],
  partId: string,
  update: (properties: PartProperty[]) => PartProperty[],
): PartProperties[] {
  return parts.map((part) => {
    if (part.partId !== partId) return part;
    const properties = update(part.properties);
    const name = properties.find((p) => p.name === "Name")?.value;
    return { ...part, properties, name: typeof name === "string" && name ? name : part.name };
  });
}

export function usePartProperties(element: ElementParams, initial: PartProperties[]) {
  const key = `part-properties ${element.did} ${element.wvm} ${element.wvmid} ${element.eid} ${element.configuration ?? ""}`;
  const { data = initial, mutate } = useSWR<PartProperties[]>(key, null, {
    fallbackData: initial,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
  });

  const save: SaveProperty = async (partId, property, value, seen = property.value) => {
    const optimistic = withValue(data, partId, (properties) =>
      properties.map((p) => (p.propertyId === property.propertyId ? { ...p, value } : p)),
    );
    try {
      await mutate(
        async () => {
          const outcome = await savePartProperties({
            element,
            partId,
            changes: [{ propertyId: property.propertyId, seen, value }],
          });
          if (!outcome.ok) throw new SaveFailed(outcome);
          return withValue(data, partId, () => outcome.properties);
        },
        {
          optimisticData: optimistic,
          rollbackOnError: true,
          populateCache: true,
          revalidate: false,
        },
      );
      return { ok: true };
    } catch (error) {
      if (!(error instanceof SaveFailed)) {
        return {
          ok: false,
          kind: "unavailable",
          message: "The app could not be reached. Try again.",
        };
      }
      const { outcome } = error;
      if (outcome.reason === "conflict") {
        // Show what Onshape holds now, next to what the user wanted.
        await mutate(
          withValue(data, partId, () => outcome.properties),
          { revalidate: false },
        );
        const [first] = outcome.conflicts;
        return {
          ok: false,
          kind: "conflict",
          conflicts: outcome.conflicts,
          message: first
            ? `Changed in Onshape since you opened this page: ${first.name} is now "${first.current}" (you saw "${first.seen}"). Your value "${first.wanted}" was not written.`
            : "Changed in Onshape since you opened this page. Nothing was written.",
        };
      }
      if (outcome.reason === "invalid") {
        return {
          ok: false,
          kind: "invalid",
          message: outcome.refusals.map((r) => r.problem).join(" "),
        };
      }
      return { ok: false, kind: outcome.error.kind, message: outcome.error.message };
    }
  };

  return { parts: data, save };
}
