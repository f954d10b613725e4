import type { CsvValue } from "./csv";
import { csvNumber } from "./format";
import type { BomCell, BomTable, PartRow } from "./types";
import { convert, unitSymbol, type Quantity, type UnitSystem } from "./units";

// The parts table and the BOM as CSV rows: the columns the page shows, numbers in plain
// machine-readable form in the chosen units (named in the header), empty where there is none.

export function partsCsvRows(rows: readonly PartRow[], units: UnitSystem): CsvValue[][] {
  const value = (si: number | null | undefined, quantity: Quantity) =>
    si === null || si === undefined ? "" : csvNumber(convert(si, quantity, units));
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
