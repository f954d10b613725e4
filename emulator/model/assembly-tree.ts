import {
  configureElement,
  configuredParts,
  instanceQuantity,
  type ElementConfiguration,
} from "../configurations/element-configuration";
import { derivedId, findElement, isAssembly, isPartStudio } from "../seed";
import type { SeedAssembly, SeedPart, SeedPartStudio, SeedSnapshot } from "../seed/types";

// An assembly's instances one by one, as getAssemblyDefinition, the BOM, the glTF export and
// the right-panel host see them: each with Onshape-like 17-character id, a name "Part <n>",
// and a placement. Copies of a row are spaced along Y, copies of a sub-assembly along X, so
// nothing overlaps. Ids depend only on the assembly and the row, so a sub-assembly's
// instances have the same ids wherever it is used, and occurrence paths compose them.

/** Row-major 4×4 (Onshape's `transform`: translation in elements 3, 7 and 11). */
export type Transform = readonly number[];

export const identity: Transform = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

export function translation(x: number, y: number, z: number): Transform {
  return [1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z, 0, 0, 0, 1];
}

export function multiply(a: Transform, b: Transform): Transform {
  return Array.from({ length: 16 }, (_, i) => {
    const row = Math.floor(i / 4);
    const col = i % 4;
    let sum = 0;
    for (let k = 0; k < 4; k++) sum += (a[row * 4 + k] ?? 0) * (b[k * 4 + col] ?? 0);
    return sum;
  });
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** 17 characters from [0-9A-Za-z], starting with "M" like Onshape's instance ids. */
export function instanceId(assemblyId: string, row: number, copy: number): string {
  const hex = derivedId("instance", assemblyId, String(row), String(copy));
  let value = BigInt(`0x${hex}`);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out += base62[Number(value % 62n)];
    value /= 62n;
  }
  return `M${out}`;
}

export type PartInstance = {
  kind: "part";
  id: string;
  name: string;
  /** Instance ids from the root assembly down to this one. */
  path: readonly string[];
  /** Placement in the root assembly. */
  transform: Transform;
  partStudio: SeedPartStudio;
  part: SeedPart;
  configuration: ElementConfiguration;
};

export type AssemblyInstance = {
  kind: "assembly";
  id: string;
  name: string;
  path: readonly string[];
  transform: Transform;
  assembly: SeedAssembly;
  configuration: ElementConfiguration;
  children: readonly TreeInstance[];
};

export type TreeInstance = PartInstance | AssemblyInstance;

const MAX_DEPTH = 10; // seeded data has no cycles; this guards against a bad edit

/** One row of an assembly with its target resolved, or nothing when the target is missing. */
export type ResolvedRow =
  | {
      kind: "part";
      row: number;
      quantity: number;
      partStudio: SeedPartStudio;
      part: SeedPart;
      configuration: ElementConfiguration;
    }
  | {
      kind: "assembly";
      row: number;
      quantity: number;
      assembly: SeedAssembly;
      configuration: ElementConfiguration;
    };

export function resolveRows(
  assembly: SeedAssembly,
  snapshot: SeedSnapshot,
  configuration: ElementConfiguration | undefined,
): ResolvedRow[] {
  return assembly.instances.flatMap((instance, row): ResolvedRow[] => {
    const quantity = instanceQuantity(instance, configuration);
    if (instance.kind === "assembly") {
      const sub = findElement(snapshot, instance.assemblyId);
      const subConfiguration = isAssembly(sub) ? configureElement(sub, undefined) : undefined;
      return isAssembly(sub) && subConfiguration?.ok
        ? [
            {
              kind: "assembly",
              row,
              quantity,
              assembly: sub,
              configuration: subConfiguration.value,
            },
          ]
        : [];
    }
    const partStudio = findElement(snapshot, instance.partStudioId);
    if (!isPartStudio(partStudio)) return [];
    const partConfiguration = configureElement(partStudio, instance.configuration);
    if (!partConfiguration.ok) return [];
    const part = configuredParts(partStudio, partConfiguration.value).find(
      (p) => p.partId === instance.partId,
    );
    return part
      ? [{ kind: "part", row, quantity, partStudio, part, configuration: partConfiguration.value }]
      : [];
  });
}

export function assemblyTree(
  assembly: SeedAssembly,
  snapshot: SeedSnapshot,
  configuration: ElementConfiguration | undefined,
  parent: { path: readonly string[]; transform: Transform; depth: number } = {
    path: [],
    transform: identity,
    depth: 0,
  },
): TreeInstance[] {
  if (parent.depth > MAX_DEPTH) return [];
  return resolveRows(assembly, snapshot, configuration).flatMap((row) =>
    Array.from({ length: row.quantity }, (_, copy): TreeInstance => {
      const id = instanceId(assembly.id, row.row, copy);
      const path = [...parent.path, id];
      const name = `${row.kind === "part" ? row.part.name : row.assembly.name} <${copy + 1}>`;
      const offset =
        row.kind === "part" ? translation(0, copy * 0.1, 0) : translation(copy * 0.25, 0, 0);
      const transform = multiply(parent.transform, offset);
      if (row.kind === "part") {
        return { kind: "part", id, name, path, transform, ...pick(row) };
      }
      return {
        kind: "assembly",
        id,
        name,
        path,
        transform,
        assembly: row.assembly,
        configuration: row.configuration,
        children: assemblyTree(row.assembly, snapshot, row.configuration, {
          path,
          transform,
          depth: parent.depth + 1,
        }),
      };
    }),
  );
}

function pick(row: Extract<ResolvedRow, { kind: "part" }>) {
  return { partStudio: row.partStudio, part: row.part, configuration: row.configuration };
}

/** Every instance of the tree, parents before their children. */
export function flattenTree(tree: readonly TreeInstance[]): TreeInstance[] {
  return tree.flatMap((node) =>
    node.kind === "assembly" ? [node, ...flattenTree(node.children)] : [node],
  );
}
