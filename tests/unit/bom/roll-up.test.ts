import { describe, expect, it } from "vitest";
import { partMassKey, rollUpBom } from "@/lib/bom/roll-up";
import type { BomSource, BomTable } from "@/lib/onshape/types";

// The gearbox's top assembly as Onshape's indented multi-level BOM lists it: the housing, two
// shaft sub-assemblies (a shaft, two bearings, a gear each), four seals without material.

const source = (partId: string | null): BomSource => ({
  documentId: "d",
  elementId: partId ? "ps" : "asm",
  partId,
  wvm: "w",
  wvmId: "w1",
  configuration: "default",
});

const row = (id: string, indentLevel: number, quantity: number, partId: string | null) => ({
  id,
  indentLevel,
  cells: [quantity, id],
  source: source(partId),
});

const table: BomTable = {
  columns: [
    { id: "q", name: "Quantity", propertyName: "quantity" },
    { id: "n", name: "Name", propertyName: "name" },
  ],
  rows: [
    row("Gehäuse", 0, 1, "JHD"),
    row("Wellenbaugruppe", 0, 2, null),
    row("Welle", 1, 1, "JHH"),
    row("Lager", 1, 2, "JHL"),
    row("Zahnrad", 1, 1, "JHP"),
    row("Dichtung", 0, 4, "JHT"),
  ],
};

const masses = new Map<string, number | null>([
  [partMassKey(source("JHD")), 1.08],
  [partMassKey(source("JHH")), 0.2355],
  [partMassKey(source("JHL")), 0.0785],
  [partMassKey(source("JHP")), 0.157],
  [partMassKey(source("JHT")), null],
]);

describe("rollUpBom", () => {
  const result = rollUpBom(table, masses);

  it("multiplies quantities up the tree", () => {
    expect(result.rows.map((r) => r.totalQuantity)).toEqual([1, 2, 2, 4, 2, 4]);
  });

  it("weighs a sub-assembly by its rows and marks it as one", () => {
    expect(result.rows[1]?.massKg).toBeCloseTo(0.2355 + 2 * 0.0785 + 0.157, 12);
    expect(result.rows.map((r) => r.isAssembly)).toEqual([false, true, false, false, false, false]);
  });

  it("totals the assembly and says how many part instances have no mass", () => {
    expect(result.total.massKg).toBeCloseTo(1.08 + 2 * 0.5495, 12);
    expect(result.total.leftOut).toBe(4);
    expect(result.rows[5]).toMatchObject({ massKg: null, leftOut: 1 });
  });

  it("counts parts without material inside a sub-assembly up the tree", () => {
    const noGearMass = new Map(masses);
    noGearMass.set(partMassKey(source("JHP")), null);
    const rolled = rollUpBom(table, noGearMass);
    expect(rolled.rows[1]).toMatchObject({ leftOut: 1 });
    expect(rolled.total.leftOut).toBe(2 + 4);
  });

  it("treats a flattened BOM's rows as the top level", () => {
    const flat = { ...table, rows: table.rows.filter((r) => r.source?.partId) };
    flat.rows = flat.rows.map((r) => ({ ...r, indentLevel: 0 }));
    expect(rollUpBom(flat, masses).rows.map((r) => r.totalQuantity)).toEqual([1, 1, 2, 1, 4]);
  });
});
