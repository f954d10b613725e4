import type { BomSource, BomTable } from "@/lib/onshape/types";

// A BOM's quantities and masses rolled up its tree. Onshape gives each row's quantity per
// parent; how many the whole assembly uses is the product up the tree. A sub-assembly weighs
// what its rows weigh times their quantities; a part without material has no mass, so every
// sum it is in says how many part instances it leaves out instead of reading as complete.

export type RolledUpRow = {
  /** Per-parent quantity times every parent's, up to the top. */
  totalQuantity: number;
  /** One of this row (a part, or a sub-assembly with everything in it); null if nothing weighs. */
  massKg: number | null;
  /** Part instances in one of this row that have no mass (no material). */
  leftOut: number;
  isAssembly: boolean;
};

export type BomRollUp = {
  rows: RolledUpRow[];
  /** The whole assembly: every top-level row times its quantity. */
  total: { massKg: number; leftOut: number };
};

/** Where a part's mass is looked up: the same part in the same Part Studio and configuration. */
export function partMassKey(source: BomSource): string {
  return `${source.documentId}/${source.elementId}/${source.partId ?? ""}/${source.configuration}`;
}

/** A BOM quantity cell as a number (Onshape sends a number; text from other templates). */
function quantityOf(value: unknown): number {
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) && number >= 0 ? number : 0;
}

/**
 * `masses` maps partMassKey → kg, or null for a part without material; a part it does not
 * know counts as without mass. Rows are in Onshape's order: children follow their parent
 * with a deeper indent (an indented BOM) or all at level 0 (flattened).
 */
export function rollUpBom(table: BomTable, masses: ReadonlyMap<string, number | null>): BomRollUp {
  const quantityColumn = table.columns.findIndex((column) => column.propertyName === "quantity");
  const rows = table.rows;
  const quantity = rows.map((row) => quantityOf(row.cells[quantityColumn]));
  // Each row's parent: the nearest row above with a smaller indent.
  const parent: (number | null)[] = [];
  const stack: number[] = [];
  rows.forEach((row, index) => {
    while (stack.length > 0 && rows[stack.at(-1)!]!.indentLevel >= row.indentLevel) stack.pop();
    parent.push(stack.at(-1) ?? null);
    stack.push(index);
  });
  const children = rows.map(() => [] as number[]);
  parent.forEach((p, index) => {
    if (p !== null) children[p]!.push(index);
  });
  const totalQuantity: number[] = [];
  rows.forEach((_, index) => {
    const p = parent[index]!;
    totalQuantity.push(quantity[index]! * (p === null ? 1 : totalQuantity[p]!));
  });
  // Children come after their parent, so walking backwards sees every child first.
  const result: RolledUpRow[] = new Array(rows.length);
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]!;
    const kids = children[index]!;
    const isAssembly = kids.length > 0 || (row.source !== null && row.source.partId === null);
    if (kids.length > 0) {
      let mass = 0;
      let weighed = false;
      let leftOut = 0;
      for (const kid of kids) {
        const child = result[kid]!;
        if (child.massKg !== null) {
          mass += child.massKg * quantity[kid]!;
          weighed = true;
        }
        leftOut += child.leftOut * quantity[kid]!;
      }
      result[index] = {
        totalQuantity: totalQuantity[index]!,
        massKg: weighed ? mass : null,
        leftOut,
        isAssembly,
      };
    } else {
      const known = row.source && !isAssembly ? masses.get(partMassKey(row.source)) : undefined;
      const massKg = known ?? null;
      result[index] = {
        totalQuantity: totalQuantity[index]!,
        massKg,
        leftOut: massKg === null ? 1 : 0,
        isAssembly,
      };
    }
  }
  let massKg = 0;
  let leftOut = 0;
  rows.forEach((_, index) => {
    if (parent[index] !== null) return;
    massKg += (result[index]!.massKg ?? 0) * quantity[index]!;
    leftOut += result[index]!.leftOut * quantity[index]!;
  });
  return { rows: result, total: { massKg, leftOut } };
}
