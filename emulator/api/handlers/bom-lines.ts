import {
  derivedId,
  findElement,
  findPart,
  isAssembly,
  isPartStudio,
  type SeedAssembly,
  type SeedPart,
  type SeedPartStudio,
  type SeedSnapshot,
} from "../../seed";

// The BOM as lines, before it becomes JSON. Indented: one line per instance row of the
// assembly, sub-assembly children below their parent (multiLevel) with quantities per one
// parent. Flattened (indented=false): parts only, from every level, quantities multiplied
// through and merged per part.

export type BomLineSource =
  | { kind: "part"; partStudio: SeedPartStudio; part: SeedPart }
  | { kind: "assembly"; assembly: SeedAssembly };

export type BomLine = {
  item: string;
  indentLevel: number;
  quantity: number;
  source: BomLineSource;
  /** Ids of the instances this line stands for (Onshape's relatedOccurrences). */
  occurrences: string[];
};

const MAX_DEPTH = 10; // seeded data has no cycles; this guards against a bad edit

type ResolvedInstance = { quantity: number; source: BomLineSource };

/** Instances whose target exists in this snapshot; dangling references are skipped. */
function resolveInstances(assembly: SeedAssembly, snapshot: SeedSnapshot): ResolvedInstance[] {
  return assembly.instances.flatMap((instance): ResolvedInstance[] => {
    if (instance.kind === "assembly") {
      const sub = findElement(snapshot, instance.assemblyId);
      return isAssembly(sub)
        ? [{ quantity: instance.quantity, source: { kind: "assembly", assembly: sub } }]
        : [];
    }
    const partStudio = findElement(snapshot, instance.partStudioId);
    if (!isPartStudio(partStudio)) return [];
    const part = findPart(partStudio, instance.partId);
    return part
      ? [{ quantity: instance.quantity, source: { kind: "part", partStudio, part } }]
      : [];
  });
}

function occurrenceIds(path: string, quantity: number): string[] {
  return Array.from({ length: quantity }, (_, i) => derivedId("occurrence", path, String(i)));
}

export function indentedLines(
  assembly: SeedAssembly,
  snapshot: SeedSnapshot,
  multiLevel: boolean,
  level = 0,
  itemPrefix = "",
  path = assembly.id,
): BomLine[] {
  if (level > MAX_DEPTH) return [];
  return resolveInstances(assembly, snapshot).flatMap(({ quantity, source }, index) => {
    const item = `${itemPrefix}${index + 1}`;
    const key = source.kind === "part" ? source.part.partId : source.assembly.id;
    const linePath = `${path}/${key}`;
    const line: BomLine = {
      item,
      indentLevel: level,
      quantity,
      source,
      occurrences: occurrenceIds(linePath, quantity),
    };
    if (source.kind === "part" || !multiLevel) return [line];
    const children = indentedLines(
      source.assembly,
      snapshot,
      true,
      level + 1,
      `${item}.`,
      linePath,
    );
    return [line, ...children];
  });
}

export function flattenedLines(assembly: SeedAssembly, snapshot: SeedSnapshot): BomLine[] {
  const merged = new Map<string, BomLine>();
  const visit = (current: SeedAssembly, multiplier: number, path: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const { quantity, source } of resolveInstances(current, snapshot)) {
      if (source.kind === "assembly") {
        visit(source.assembly, multiplier * quantity, `${path}/${source.assembly.id}`, depth + 1);
        continue;
      }
      const key = `${source.partStudio.id}/${source.part.partId}`;
      const occurrences = occurrenceIds(`${path}/${source.part.partId}`, quantity * multiplier);
      const existing = merged.get(key);
      if (existing) {
        existing.quantity += quantity * multiplier;
        existing.occurrences.push(...occurrences);
      } else {
        merged.set(key, {
          item: "",
          indentLevel: 0,
          quantity: quantity * multiplier,
          source,
          occurrences,
        });
      }
    }
  };
  visit(assembly, 1, assembly.id, 0);
  return [...merged.values()].map((line, index) => ({ ...line, item: String(index + 1) }));
}
