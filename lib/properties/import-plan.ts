import { notSet } from "@/lib/format/missing";
import { elementIdColumn, partIdColumn } from "@/lib/csv/tables";
import type { CsvTable } from "@/lib/csv/parse";
import type { PartProperties, PartProperty, PropertyValue } from "@/lib/onshape/types";
import { displayValue, parseInput, sameValue } from "./rules";

// What importing a spreadsheet would change, before anything is written: rows are matched to
// parts by the part id column (names are not unique), columns to properties by name, and
// every cell is compared with Onshape's current value. Pure, so it is tested without Onshape.

export type PlannedChange = {
  propertyId: string;
  name: string;
  old: PropertyValue;
  new: PropertyValue;
  oldText: string;
  newText: string;
};

export type PlannedRow = {
  row: number;
  partId: string;
  partName: string;
  changes: PlannedChange[];
};

export type SkippedRow = { row: number; partId: string | null; reason: string };

export type ImportPreview = {
  rows: PlannedRow[];
  skipped: SkippedRow[];
  unchangedRows: number;
  /** Columns the import reads, by property name. */
  columns: string[];
  /** Columns it leaves alone, and why. */
  ignoredColumns: { name: string; reason: string }[];
};

export type PlanResult = { ok: true; preview: ImportPreview } | { ok: false; problem: string };

const norm = (text: string) => text.trim().toLowerCase();

export function planImport(input: {
  table: CsvTable;
  elementId: string;
  parts: readonly PartProperties[];
}): PlanResult {
  const { table, elementId, parts } = input;
  const header = table.header.map(norm);
  const partCol = header.indexOf(norm(partIdColumn));
  const elementCol = header.indexOf(norm(elementIdColumn));
  if (partCol < 0 || elementCol < 0) {
    const missing = [partCol < 0 ? partIdColumn : null, elementCol < 0 ? elementIdColumn : null]
      .filter(Boolean)
      .join(" and ");
    return {
      ok: false,
      problem: `The file's header has no ${missing} column. Download the parts CSV of this Part Studio, edit it and import that file (keep its header row).`,
    };
  }
  const elements = new Set(
    table.rows.map((r) => (r.cells[elementCol] ?? "").trim()).filter((id) => id !== ""),
  );
  const foreign = [...elements].filter((id) => id !== elementId);
  if (foreign.length > 0) {
    return {
      ok: false,
      problem: `This file is the parts CSV of another element (${foreign[0]}), not of this Part Studio (${elementId}). Nothing was imported.`,
    };
  }

  // Every part of a Part Studio has the same properties; a property any part has is a column.
  const definitions = new Map<string, PartProperty>();
  for (const part of parts) {
    for (const property of part.properties) {
      if (!definitions.has(norm(property.name))) definitions.set(norm(property.name), property);
    }
  }
  const columns: { index: number; name: string }[] = [];
  const ignoredColumns: ImportPreview["ignoredColumns"] = [];
  const taken = new Map<string, number>();
  for (const [index, name] of table.header.entries()) {
    if (index === partCol || index === elementCol || name === "") continue;
    const property = definitions.get(norm(name));
    if (!property) {
      ignoredColumns.push({ name, reason: "not a property Onshape lets you set" });
      continue;
    }
    if (!property.editable) {
      ignoredColumns.push({ name, reason: property.readOnlyReason ?? "not editable" });
      continue;
    }
    if (taken.has(norm(name))) {
      return { ok: false, problem: `The column "${name}" appears twice in the header.` };
    }
    taken.set(norm(name), index);
    columns.push({ index, name: property.name });
  }

  const rowsOfPart = new Map<string, number[]>();
  for (const { row, cells } of table.rows) {
    const partId = (cells[partCol] ?? "").trim();
    if (partId) rowsOfPart.set(partId, [...(rowsOfPart.get(partId) ?? []), row]);
  }
  const byId = new Map(parts.map((part) => [part.partId, part]));
  const planned: PlannedRow[] = [];
  const skipped: SkippedRow[] = [];
  let unchangedRows = 0;
  for (const { row, cells } of table.rows) {
    const partId = (cells[partCol] ?? "").trim();
    if (!partId) {
      skipped.push({ row, partId: null, reason: "The row has no part id." });
      continue;
    }
    const part = byId.get(partId);
    if (!part) {
      skipped.push({
        row,
        partId,
        reason: `Unknown part id "${partId}": this Part Studio has no such part (any more).`,
      });
      continue;
    }
    const rows = rowsOfPart.get(partId) ?? [];
    if (rows.length > 1) {
      skipped.push({
        row,
        partId,
        reason: `Duplicate row: part ${partId} is in rows ${rows.join(", ")}; none of them is written.`,
      });
      continue;
    }
    const changes: PlannedChange[] = [];
    const problems: string[] = [];
    for (const column of columns) {
      const property = part.properties.find((p) => p.name === column.name);
      if (!property) continue;
      // The export writes a missing value as the app's one wording for it: read that as empty.
      const text = (cells[column.index] ?? "").trim() === notSet ? "" : (cells[column.index] ?? "");
      const parsed = parseInput(property, text);
      if (!parsed.ok) {
        if (!sameValue(property.value, text.trim())) {
          problems.push(parsed.problem);
        }
        continue;
      }
      if (sameValue(property.value, parsed.value)) continue;
      changes.push({
        propertyId: property.propertyId,
        name: property.name,
        old: property.value,
        new: parsed.value,
        oldText: displayValue(property, property.value),
        newText: displayValue(property, parsed.value),
      });
    }
    if (problems.length > 0) {
      skipped.push({ row, partId, reason: `Invalid value: ${problems.join(" ")}` });
    } else if (changes.length === 0) {
      unchangedRows++;
    } else {
      planned.push({ row, partId, partName: part.name, changes });
    }
  }
  return {
    ok: true,
    preview: {
      rows: planned,
      skipped,
      unchangedRows,
      columns: columns.map((c) => c.name),
      ignoredColumns,
    },
  };
}
