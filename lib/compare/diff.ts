import type { BomTable, PartRow } from "@/lib/onshape/types";

// What changed in an element between two snapshots (versions, or a version and a workspace):
// parts by part id (Onshape keeps a part's id across versions), BOM lines by what they stand
// for (document, Part Studio and part), so a renamed part is "changed", not removed and added.

export type ChangeStatus = "added" | "removed" | "changed";

/** One field's value before and after; numbers in SI units (kg), text as Onshape has it. */
export type FieldChange =
  | { field: "mass"; before: number | null; after: number | null }
  | { field: "material" | "partNumber" | "name"; before: string | null; after: string | null }
  | { field: "quantity"; before: number; after: number };

export type Difference = {
  key: string;
  /** The name after the change (before it, for a removed line). */
  name: string;
  status: ChangeStatus;
  /** Changed lines only: what differs. */
  changes: FieldChange[];
};

export type Comparison = { differences: Difference[]; unchanged: number };

/** Floating-point noise in Onshape's numbers is not a change. */
function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

function compareKeyed<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  name: (item: T) => string,
  changes: (a: T, b: T) => FieldChange[],
): Comparison {
  const differences: Difference[] = [];
  let unchanged = 0;
  for (const [key, item] of after) {
    const old = before.get(key);
    if (old === undefined) {
      differences.push({ key, name: name(item), status: "added", changes: [] });
      continue;
    }
    const found = changes(old, item);
    if (found.length === 0) unchanged += 1;
    else differences.push({ key, name: name(item), status: "changed", changes: found });
  }
  for (const [key, item] of before) {
    if (!after.has(key))
      differences.push({ key, name: name(item), status: "removed", changes: [] });
  }
  const order: Record<ChangeStatus, number> = { changed: 0, added: 1, removed: 2 };
  differences.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
  return { differences, unchanged };
}

function textChange(
  field: "material" | "partNumber" | "name",
  before: string | null,
  after: string | null,
): FieldChange[] {
  return (before ?? "") === (after ?? "") ? [] : [{ field, before, after }];
}

/** Parts added, removed, and changed in name, mass, material or part number. */
export function compareParts(before: readonly PartRow[], after: readonly PartRow[]): Comparison {
  const byId = (rows: readonly PartRow[]) => new Map(rows.map((row) => [row.partId, row]));
  return compareKeyed(
    byId(before),
    byId(after),
    (row) => row.name,
    (a, b) => [
      ...textChange("name", a.name, b.name),
      ...(sameNumber(a.massKg, b.massKg)
        ? []
        : [{ field: "mass" as const, before: a.massKg, after: b.massKg }]),
      ...textChange("material", a.material, b.material),
      ...textChange("partNumber", a.partNumber, b.partNumber),
    ],
  );
}

/** One line of a flattened BOM: what it stands for, and how many the assembly uses. */
export type BomLine = { key: string; name: string; partNumber: string | null; quantity: number };

/** A flattened BOM's lines, keyed by source; lines of one source (configurations) add up. */
export function bomLines(table: BomTable): Map<string, BomLine> {
  const column = (property: string) =>
    table.columns.findIndex((header) => header.propertyName === property);
  const [name, partNumber, quantity] = [column("name"), column("partNumber"), column("quantity")];
  const lines = new Map<string, BomLine>();
  for (const row of table.rows) {
    const text = (index: number) => {
      const value = index < 0 ? null : row.cells[index];
      return value === null || value === undefined || value === "" ? null : String(value);
    };
    const rowName = text(name) ?? "Unnamed";
    const key = row.source
      ? `${row.source.documentId}/${row.source.elementId}/${row.source.partId ?? ""}`
      : `name:${rowName}`;
    const count = Number(text(quantity) ?? 0) || 0;
    const known = lines.get(key);
    if (known) known.quantity += count;
    else lines.set(key, { key, name: rowName, partNumber: text(partNumber), quantity: count });
  }
  return lines;
}

/** BOM lines added, removed, and changed in quantity (or renamed, renumbered). */
export function compareBoms(before: BomTable, after: BomTable): Comparison {
  return compareKeyed(
    bomLines(before),
    bomLines(after),
    (line) => line.name,
    (a, b) => [
      ...textChange("name", a.name, b.name),
      ...textChange("partNumber", a.partNumber, b.partNumber),
      ...(a.quantity === b.quantity
        ? []
        : [{ field: "quantity" as const, before: a.quantity, after: b.quantity }]),
    ],
  );
}
