import { fixedPlain } from "@/lib/format/numbers";
import {
  convert,
  unitDecimals,
  unitSymbol,
  type Quantity,
  type UnitSystem,
} from "@/lib/format/units";
import type { BomCell, BomTable, PartRow } from "@/lib/onshape/types";
import type { CsvValue } from "./encode";

/** The columns the property import (lib/properties/import-plan.ts) keys on. */
export const partIdColumn = "Part id";
export const elementIdColumn = "Element id";

/**
 * The parts table, plus each part's id (names are not unique) and the element's id, so a file
 * edited in a spreadsheet can be imported back into exactly this Part Studio.
 */
export function partsCsvRows(
  rows: readonly PartRow[],
  units: UnitSystem,
  elementId: string,
): CsvValue[][] {
  const value = (si: number | null | undefined, quantity: Quantity) =>
    si === null || si === undefined
      ? ""
      : fixedPlain(convert(si, quantity, units), unitDecimals(quantity, units));
  const length = unitSymbol("length", units);
  return [
    [
      "Name",
      "Part number",
      "Material",
      `Mass (${unitSymbol("mass", units)})`,
      `Volume (${unitSymbol("volume", units)})`,
      `Surface area (${unitSymbol("area", units)})`,
      `Centre of mass X (${length})`,
      `Centre of mass Y (${length})`,
      `Centre of mass Z (${length})`,
      partIdColumn,
      elementIdColumn,
    ],
    ...rows.map((row) => [
      row.name,
      row.partNumber,
      // Says why the mass is empty, instead of an empty material that reads as "unknown".
      row.material ?? "No material",
      value(row.massKg, "mass"),
      value(row.volumeM3, "volume"),
      value(row.areaM2, "area"),
      value(row.centroidM?.[0], "length"),
      value(row.centroidM?.[1], "length"),
      value(row.centroidM?.[2], "length"),
      row.partId,
      elementId,
    ]),
  ];
}

const cellValue = (cell: BomCell): CsvValue => (typeof cell === "number" ? csvNumber(cell) : cell);

/** Onshape's visible columns, in its order, plus the nesting level for indented BOMs. */
export function bomCsvRows(table: BomTable): CsvValue[][] {
  return [
    ["Level", ...table.columns.map((column) => column.name)],
    ...table.rows.map((row) => [row.indentLevel, ...row.cells.map(cellValue)]),
  ];
}

/** Plain machine-readable numbers for CSV: dot decimals, no grouping, no float noise. */
export function csvNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
