import { describe, expect, it } from "vitest";
import { readSelection, selectedParts } from "@/lib/extension/panel-selection";
import type { PartRow, PartStudioSelectionData } from "@/lib/onshape/types";

const mv = "a".repeat(24);
const row = (partId: string, massKg: number | null): PartRow => ({
  partId,
  name: `Part ${partId}`,
  partNumber: null,
  material: massKg === null ? null : "Steel",
  massKg,
  volumeM3: 1e-6,
  areaM2: 1e-4,
  centroidM: [0, 0, 0],
  revision: null,
  densityKgM3: null,
  principalInertiaKgM2: null,
});
const data: PartStudioSelectionData = {
  kind: "PARTSTUDIO",
  microversionId: mv,
  parts: [row("JHD", 1), row("JHH", 2), row("JHL", null)],
  entityOwners: { JHD0: "JHD", JHH3: "JHH", JHHe: "JHH" },
};

describe("SELECTION messages", () => {
  it("reads bodies, faces and the microversion, and [] as nothing selected", () => {
    const selection = readSelection({
      messageName: "SELECTION",
      selections: [
        { selectionType: "BODY", selectionId: "JHD", workspaceMicroversionId: mv },
        {
          selectionType: "ENTITY",
          entityType: "FACE",
          selectionId: "JHH3",
          workspaceMicroversionId: mv,
        },
      ],
    });
    expect(selection?.microversionId).toBe(mv);
    expect(selectedParts(data, selection!.entries).map((p) => p.partId)).toEqual(["JHD", "JHH"]);
    expect(readSelection({ messageName: "SELECTION", selections: [] })).toEqual({
      entries: [],
      microversionId: null,
    });
  });

  it("ignores malformed messages as a whole", () => {
    for (const bad of [
      null,
      "SELECTION",
      { messageName: "SELECTION" },
      { messageName: "SELECTION", selections: "JHD" },
      { messageName: "SELECTION", selections: [{ selectionType: "BODY" }] },
      { messageName: "SELECTION", selections: [{ selectionType: "BODY", selectionId: 7 }] },
      {
        messageName: "SELECTION",
        selections: [{ selectionType: "BODY", selectionId: "JHD", workspaceMicroversionId: "x" }],
      },
      {
        messageName: "SELECTION",
        selections: [
          { selectionType: "BODY", selectionId: "JHD", workspaceMicroversionId: mv },
          { selectionType: "BODY", selectionId: "JHH", workspaceMicroversionId: "b".repeat(24) },
        ],
      },
    ]) {
      expect(readSelection(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("counts a part once however many of its faces are selected, and skips unknown entities", () => {
    const entries = [
      { selectionType: "ENTITY", selectionId: "JHH3" },
      { selectionType: "ENTITY", selectionId: "JHHe" },
      { selectionType: "BODY", selectionId: "JHH" },
      { selectionType: "ENTITY", selectionId: "sketch-point" },
      { selectionType: "BODY", selectionId: "nope" },
    ];
    expect(selectedParts(data, entries).map((p) => p.partId)).toEqual(["JHH"]);
  });
});
