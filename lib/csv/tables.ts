import type { BomRollUp } from "@/lib/bom/roll-up";
import { noMaterial, notSet } from "@/lib/format/missing";
import { fixedPlain } from "@/lib/format/numbers";
import {
  convert,
  unitDecimals,
  unitSymbol,
  type Quantity,
  type UnitSystem,
} from "@/lib/format/units";
import type { BomCell, BomTable, PartProperties, PartRow } from "@/lib/onshape/types";
import { displayValue } from "@/lib/properties/rules";
import type { CsvValue } from "./encode";

/** The columns the property import (lib/properties/import-plan.ts) keys on. */
export const partIdColumn = "Part id";
export const elementIdColumn = "Element id";

/**
 * The parts table, plus each part's id (names are not unique) and the element's id, so a file
 * edited in a spreadsheet can be imported back into exactly this Part Studio. For a user who
 * may edit, `properties` (Onshape's metadata) adds a column for each other editable property,
 * written as the import reads it back ("250 mm", "Eloxiert"), so an unedited file changes nothing.
 */
export function partsCsvRows(
  rows: readonly PartRow[],
  units: UnitSystem,
  elementId: string,
  properties: readonly PartProperties[] = [],
): CsvValue[][] {
  const table = standardPartsCsvRows(rows, units, elementId);
  const header = table[0] ?? [];
  const columns = editableColumns(properties, header.map(String));
  if (columns.length === 0) return table;
  const byId = new Map(properties.map((part) => [part.partId, part]));
  // Before the two id columns, which stay last, out of the way.
  const withColumns = (cells: CsvValue[], added: CsvValue[]) => [
    ...cells.slice(0, -2),
    ...added,
    ...cells.slice(-2),
  ];
  return table.map((cells, index) => {
    if (index === 0) return withColumns(cells, columns);
    const part = byId.get(rows[index - 1]?.partId ?? "");
    return withColumns(
      cells,
      columns.map((name) => {
        const property = part?.properties.find((p) => p.name === name);
        const text = property ? displayValue(property, property.value) : "";
        return text === "" ? notSet : text;
      }),
    );
  });
}

/** Editable properties the standard columns do not already hold, in Onshape's order. */
function editableColumns(parts: readonly PartProperties[], header: readonly string[]): string[] {
  const taken = new Set(header.map((name) => name.trim().toLowerCase()));
  const names: string[] = [];
  for (const part of parts) {
    for (const property of part.properties) {
      const key = property.name.trim().toLowerCase();
      if (!property.editable || taken.has(key)) continue;
      taken.add(key);
      names.push(property.name);
    }
  }
  return names;
}

function standardPartsCsvRows(
  rows: readonly PartRow[],
  units: UnitSystem,
  elementId: string,
): CsvValue[][] {
  const value = (si: number | null | undefined, quantity: Quantity, missing = notSet) =>
    si === null || si === undefined
      ? missing
      : fixedPlain(convert(si, quantity, units), unitDecimals(quantity, units));
  const length = unitSymbol("length", units);
  const inertia = unitSymbol("inertia", units);
  return [
    [
      "Name",
      "Part number",
      "Revision",
      "Material",
      `Mass (${unitSymbol("mass", units)})`,
      `Volume (${unitSymbol("volume", units)})`,
      `Surface area (${unitSymbol("area", units)})`,
      `Centre of mass X (${length})`,
      `Centre of mass Y (${length})`,
      `Centre of mass Z (${length})`,
      `Density (${unitSymbol("density", units)})`,
      `Principal moment I1 (${inertia})`,
      `Principal moment I2 (${inertia})`,
      `Principal moment I3 (${inertia})`,
      partIdColumn,
      elementIdColumn,
    ],
    ...rows.map((row) => [
      row.name,
      row.partNumber ?? notSet,
      row.revision ?? notSet,
      // Says why the mass is empty, instead of an empty material that reads as "unknown".
      row.material ?? noMaterial,
      value(row.massKg, "mass", noMaterial),
      value(row.volumeM3, "volume"),
      value(row.areaM2, "area"),
      value(row.centroidM?.[0], "length"),
      value(row.centroidM?.[1], "length"),
      value(row.centroidM?.[2], "length"),
      value(row.densityKgM3, "density", row.massKg === null ? noMaterial : notSet),
      ...[0, 1, 2].map((axis) =>
        value(
          row.principalInertiaKgM2?.[axis],
          "inertia",
          row.massKg === null ? noMaterial : notSet,
        ),
      ),
      row.partId,
      elementId,
    ]),
  ];
}

const cellValue = (cell: BomCell): CsvValue =>
  typeof cell === "number" ? csvNumber(cell) : cell === null || cell === "" ? notSet : cell;

/**
 * Onshape's visible columns, in its order, plus the nesting level for indented BOMs and, when
 * the masses are known, the total quantity beside Quantity, each row's mass, and a totals row
 * that says which parts its mass leaves out.
 */
export function bomCsvRows(
  table: BomTable,
  rollUp: BomRollUp | null = null,
  units: UnitSystem = "metric",
): CsvValue[][] {
  const quantity = table.columns.findIndex((column) => column.propertyName === "quantity");
  const withTotal = <T>(cells: T[], total: (index: number) => T) =>
    rollUp && quantity >= 0
      ? [...cells.slice(0, quantity + 1), total(0), ...cells.slice(quantity + 1)]
      : cells;
  const mass = (kg: number) => fixedPlain(convert(kg, "mass", units), unitDecimals("mass", units));
  const header = [
    "Level",
    ...withTotal(
      table.columns.map((column) => column.name),
      () => "Total quantity",
    ),
    ...(rollUp ? [`Mass each (${unitSymbol("mass", units)})`, "Mass note"] : []),
  ];
  const rows = table.rows.map((row, index) => {
    const rolled = rollUp?.rows[index];
    return [
      row.indentLevel,
      ...withTotal(row.cells.map(cellValue), () => (rolled ? csvNumber(rolled.totalQuantity) : "")),
      ...(rolled
        ? [
            rolled.massKg === null ? noMaterial : mass(rolled.massKg),
            rolled.massKg !== null && rolled.leftOut > 0 ? leftOutNote(rolled.leftOut) : "",
          ]
        : []),
    ];
  });
  if (!rollUp) return [header, ...rows];
  const totals: CsvValue[] = header.map(() => "");
  totals[0] = "Total";
  totals[header.length - 2] = mass(rollUp.total.massKg);
  totals[header.length - 1] = rollUp.total.leftOut > 0 ? leftOutNote(rollUp.total.leftOut) : "";
  return [header, ...rows, totals];
}

function leftOutNote(count: number): string {
  return `leaves out ${count} ${count === 1 ? "part" : "parts"} without material`;
}

/** Plain machine-readable numbers for CSV: dot decimals, no grouping, no float noise. */
export function csvNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
