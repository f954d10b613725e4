import type { ElementConfiguration } from "../../configurations/element-configuration";
import { resolveRows } from "../../model/assembly-tree";
import {
  derivedId,
  type SeedAssembly,
  type SeedPart,
  type SeedPartStudio,
  type SeedSnapshot,
} from "../../seed";

// The BOM as lines, before it becomes JSON. Indented: one line per instance row of the
// assembly, sub-assembly children below their parent (multiLevel) with quantities per one
// parent. Flattened (indented=false): parts only, from every level, quantities multiplied
// through and merged per part and configuration.

export type BomLineSource =
  | {
      kind: "part";
      partStudio: SeedPartStudio;
      part: SeedPart;
      configuration: ElementConfiguration;
    }
  | { kind: "assembly"; assembly: SeedAssembly; configuration: ElementConfiguration };

export type BomLine = {
  item: string;
  indentLevel: number;
  quantity: number;
  source: BomLineSource;
  /** Ids of the instances this line stands for (Onshape's relatedOccurrences). */
  occurrences: string[];
};

export type BomRequest = {
  assembly: SeedAssembly;
  snapshot: SeedSnapshot;
  configuration: ElementConfiguration;
};

const MAX_DEPTH = 10; // seeded data has no cycles; this guards against a bad edit

type Source = { quantity: number; source: BomLineSource };

function sources(
  assembly: SeedAssembly,
  snapshot: SeedSnapshot,
  configuration: ElementConfiguration,
): Source[] {
  return resolveRows(assembly, snapshot, configuration).map((row) => ({
    quantity: row.quantity,
    source:
      row.kind === "part"
        ? {
            kind: "part",
            partStudio: row.partStudio,
            part: row.part,
            configuration: row.configuration,
          }
        : { kind: "assembly", assembly: row.assembly, configuration: row.configuration },
  }));
}

function occurrenceIds(path: string, quantity: number): string[] {
  return Array.from({ length: quantity }, (_, i) => derivedId("occurrence", path, String(i)));
}

const sourceKey = (source: BomLineSource) =>
  source.kind === "part" ? source.part.partId : source.assembly.id;

export function indentedLines(request: BomRequest, multiLevel: boolean): BomLine[] {
  const visit = (
    assembly: SeedAssembly,
    configuration: ElementConfiguration,
    level: number,
    itemPrefix: string,
    path: string,
  ): BomLine[] => {
    if (level > MAX_DEPTH) return [];
    return sources(assembly, request.snapshot, configuration).flatMap(
      ({ quantity, source }, index) => {
        const item = `${itemPrefix}${index + 1}`;
        const linePath = `${path}/${sourceKey(source)}`;
        const line: BomLine = {
          item,
          indentLevel: level,
          quantity,
          source,
          occurrences: occurrenceIds(linePath, quantity),
        };
        if (source.kind === "part" || !multiLevel) return [line];
        return [
          line,
          ...visit(source.assembly, source.configuration, level + 1, `${item}.`, linePath),
        ];
      },
    );
  };
  return visit(request.assembly, request.configuration, 0, "", request.assembly.id);
}

export function flattenedLines(request: BomRequest): BomLine[] {
  const merged = new Map<string, BomLine>();
  const visit = (
    current: SeedAssembly,
    configuration: ElementConfiguration,
    multiplier: number,
    path: string,
    depth: number,
  ) => {
    if (depth > MAX_DEPTH) return;
    for (const { quantity, source } of sources(current, request.snapshot, configuration)) {
      if (source.kind === "assembly") {
        visit(
          source.assembly,
          source.configuration,
          multiplier * quantity,
          `${path}/${source.assembly.id}`,
          depth + 1,
        );
        continue;
      }
      const key = `${source.partStudio.id}/${source.part.partId}/${source.configuration.id}`;
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
  visit(request.assembly, request.configuration, 1, request.assembly.id, 0);
  return [...merged.values()].map((line, index) => ({ ...line, item: String(index + 1) }));
}
