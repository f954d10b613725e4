import { describe, expect, it } from "vitest";
import { bomLines, compareBoms, compareParts } from "@/lib/compare/diff";
import type { BomTable, PartRow } from "@/lib/onshape/types";

const part = (partId: string, fields: Partial<PartRow> = {}): PartRow => ({
  partId,
  name: `Part ${partId}`,
  partNumber: null,
  material: "Steel",
  massKg: 1,
  volumeM3: 1e-4,
  areaM2: 1e-2,
  centroidM: [0, 0, 0],
  revision: null,
  densityKgM3: null,
  principalInertiaKgM2: null,
  ...fields,
});

describe("compareParts", () => {
  it("finds parts added, removed and changed in mass, material and part number", () => {
    const before = [
      part("JHD", { name: "Gehäuse", material: "Steel", massKg: 3.14 }),
      part("JHH", { name: "Welle" }),
      part("OLD", { name: "Stift" }),
    ];
    const after = [
      part("JHD", { name: "Gehäuse", material: "Aluminum - 6061", massKg: 1.08, partNumber: "X1" }),
      part("JHH", { name: "Welle", massKg: 1 + 1e-13 }),
      part("JHP", { name: "Zahnrad" }),
    ];
    expect(compareParts(before, after)).toEqual({
      unchanged: 1,
      differences: [
        {
          key: "JHD",
          name: "Gehäuse",
          status: "changed",
          changes: [
            { field: "mass", before: 3.14, after: 1.08 },
            { field: "material", before: "Steel", after: "Aluminum - 6061" },
            { field: "partNumber", before: null, after: "X1" },
          ],
        },
        { key: "JHP", name: "Zahnrad", status: "added", changes: [] },
        { key: "OLD", name: "Stift", status: "removed", changes: [] },
      ],
    });
  });

  it("says a part that lost its material lost its mass", () => {
    const result = compareParts([part("A")], [part("A", { material: null, massKg: null })]);
    expect(result.differences[0]?.changes).toEqual([
      { field: "mass", before: 1, after: null },
      { field: "material", before: "Steel", after: null },
    ]);
  });
});

const source = (partId: string) => ({
  documentId: "d",
  elementId: "ps",
  partId,
  wvm: "v" as const,
  wvmId: "v1",
  configuration: "default",
});
const bom = (rows: [string, string, number][], wvmId = "v1"): BomTable => ({
  columns: [
    { id: "q", name: "Quantity", propertyName: "quantity" },
    { id: "n", name: "Name", propertyName: "name" },
  ],
  rows: rows.map(([partId, name, quantity]) => ({
    id: partId,
    indentLevel: 0,
    cells: [quantity, name],
    source: { ...source(partId), wvmId },
  })),
});

describe("compareBoms", () => {
  it("keys lines by what they stand for, not by the snapshot they were read at", () => {
    const before = bom([
      ["JHD", "Gehäuse", 1],
      ["JHL", "Lager", 2],
      ["JHX", "Alt", 1],
    ]);
    const after = bom(
      [
        ["JHD", "Gehäuse", 1],
        ["JHL", "Lager", 4],
        ["JHP", "Zahnrad", 2],
      ],
      "workspace",
    );
    expect(compareBoms(before, after)).toEqual({
      unchanged: 1,
      differences: [
        {
          key: "d/ps/JHL",
          name: "Lager",
          status: "changed",
          changes: [{ field: "quantity", before: 2, after: 4 }],
        },
        { key: "d/ps/JHP", name: "Zahnrad", status: "added", changes: [] },
        { key: "d/ps/JHX", name: "Alt", status: "removed", changes: [] },
      ],
    });
  });

  it("adds up lines of one part and keys rows without a source by name", () => {
    const table = bom([
      ["JHL", "Lager", 2],
      ["JHL", "Lager", 3],
    ]);
    table.rows.push({ id: "x", indentLevel: 0, cells: [1, "Fett"], source: null });
    expect([...bomLines(table).values()]).toEqual([
      { key: "d/ps/JHL", name: "Lager", partNumber: null, quantity: 5 },
      { key: "name:Fett", name: "Fett", partNumber: null, quantity: 1 },
    ]);
  });
});
