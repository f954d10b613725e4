import { isOnshapeId } from "../ids";
import type { BomCell, BomColumn, BomPartSource, BomSource, BomTable, Wvm } from "../types";
import type { RawBom, RawBomRow } from "../raw-types";

// Each row's values are looked up by header id: header ids differ between BOM templates.

/** A BOM value as text or number: materials and other objects carry a display name. */
export function bomCell(value: unknown): BomCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) {
    const parts = value.map(bomCell).filter((part) => part !== null && part !== "");
    return parts.length ? parts.join(", ") : null;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of ["displayName", "name", "value", "label"]) {
      const inner = record[key];
      if (typeof inner === "string" || typeof inner === "number") return bomCell(inner);
    }
  }
  return null;
}

/** The row's source as Onshape's itemSource names it; null when it names no valid element. */
export function bomSource(row: RawBomRow): BomSource | null {
  const source = row.itemSource;
  if (!source?.documentId || !source.elementId || !source.wvmId) return null;
  if (![source.documentId, source.elementId, source.wvmId].every(isOnshapeId)) return null;
  if (source.partId && source.partId.length > 100) return null;
  const wvm = source.wvmType;
  if (wvm !== "w" && wvm !== "v" && wvm !== "m") return null;
  return {
    documentId: source.documentId,
    elementId: source.elementId,
    partId: source.partId || null,
    wvm: wvm satisfies Wvm,
    wvmId: source.wvmId,
    configuration: source.fullConfiguration ?? source.configuration ?? "",
  };
}

export function toBomTable(raw: RawBom): BomTable {
  const columns: BomColumn[] = (raw.headers ?? [])
    .filter((header) => header.visible !== false && header.id)
    .map((header) => ({
      id: header.id!,
      name: header.name ?? header.propertyName ?? "",
      propertyName: header.propertyName ?? null,
    }));
  const rows = (raw.rows ?? []).map((row, index) => ({
    id: row.rowId ?? row.id ?? String(index),
    indentLevel: Math.max(0, row.indentLevel ?? 0),
    cells: columns.map((column) => bomCell(row.headerIdToValue?.[column.id])),
    source: bomSource(row),
  }));
  return { columns, rows };
}

/** The part a row stands for, or null for a sub-assembly or a row without a source. */
export function partSource(source: BomSource | null): BomPartSource | null {
  if (!source?.partId) return null;
  const { documentId, wvm, wvmId, elementId, partId, configuration } = source;
  return { documentId, wvm, wvmId, elementId, partId, configuration };
}
