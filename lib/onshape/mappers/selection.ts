import type {
  RawAssemblyDefinition,
  RawAssemblyInstance,
  RawBodyDetails,
  RawBom,
} from "../raw-types";
import type { AssemblyPartRow } from "../types";
import { bomCell } from "./bom";

/** Which part owns each face, edge and vertex: a body's id is its part id. */
export function toEntityOwners(details: RawBodyDetails): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const body of details.bodies ?? []) {
    if (!body.id) continue;
    for (const entity of [...(body.faces ?? []), ...(body.edges ?? []), ...(body.vertices ?? [])]) {
      if (entity.id) owners[entity.id] = body.id;
    }
  }
  return owners;
}

/** A part wherever it is used: same document, Part Studio and part id. */
export function partKey(source: {
  documentId?: string;
  elementId?: string;
  partId?: string;
}): string {
  return `${source.documentId ?? ""}/${source.elementId ?? ""}/${source.partId ?? ""}`;
}

/** The part instanced at each occurrence path, walking sub-assemblies by their instance ids. */
export function occurrenceParts(
  definition: RawAssemblyDefinition,
): Record<string, RawAssemblyInstance> {
  const root = definition.rootAssembly;
  const subAssemblies = definition.subAssemblies ?? [];
  const sameAssembly = (a: RawAssemblyInstance, b: (typeof subAssemblies)[number]) =>
    a.documentId === b.documentId &&
    a.elementId === b.elementId &&
    (a.configuration ?? "") === (b.configuration ?? "");
  const result: Record<string, RawAssemblyInstance> = {};
  for (const occurrence of root?.occurrences ?? []) {
    const path = occurrence.path ?? [];
    let instances = root?.instances ?? [];
    let found: RawAssemblyInstance | undefined;
    for (const [index, id] of path.entries()) {
      found = instances.find((instance) => instance.id === id);
      if (!found) break;
      if (found.type === "Assembly" && index < path.length - 1) {
        instances = subAssemblies.find((sub) => sameAssembly(found!, sub))?.instances ?? [];
      }
    }
    if (found?.type === "Part" && path.length > 0) result[path.join("/")] = found;
  }
  return result;
}

/** Flattened BOM rows by part: quantity, name, part number and material by property name. */
export function bomRowsByPart(bom: RawBom): Record<string, Omit<AssemblyPartRow, "massKg">> {
  const property = new Map((bom.headers ?? []).map((h) => [h.id ?? "", h.propertyName ?? ""]));
  const rows: Record<string, Omit<AssemblyPartRow, "massKg">> = {};
  for (const row of bom.rows ?? []) {
    const values: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(row.headerIdToValue ?? {})) {
      values[property.get(id) ?? id] = value;
    }
    const text = (value: unknown) => {
      const cell = bomCell(value);
      return cell === null || cell === "" ? null : String(cell);
    };
    const quantity = bomCell(values.quantity);
    const source = row.itemSource as { documentId?: string; elementId?: string; partId?: string };
    if (!source?.partId) continue;
    rows[partKey(source)] = {
      name: text(values.name) ?? "Unnamed part",
      partNumber: text(values.partNumber),
      material: text(values.material),
      quantity: typeof quantity === "number" ? quantity : Number(quantity) || null,
    };
  }
  return rows;
}
