import { configureElement, configuredParts } from "../configurations/element-configuration";
import { assemblyTree, flattenTree } from "../model/assembly-tree";
import { findElement } from "../seed";
import type { SeedSnapshot } from "../seed/types";
import type { GltfNode } from "./build-gltf";

// What a glTF export of an element contains: a Part Studio's parts (optionally some of
// them), or an assembly's part instances placed by their occurrence transforms.

export type ExportTarget = {
  snapshot: SeedSnapshot;
  elementId: string;
  /** Configuration string as sent. */
  configuration: string | undefined;
  /** Part Studio only: these parts; empty means all. */
  partIds?: readonly string[];
};

export type ExportNodes =
  { ok: true; name: string; nodes: GltfNode[] } | { ok: false; message: string };

export function exportNodes(target: ExportTarget): ExportNodes {
  const element = findElement(target.snapshot, target.elementId);
  if (!element || (element.elementType !== "PARTSTUDIO" && element.elementType !== "ASSEMBLY")) {
    return { ok: false, message: "Only Part Studios and assemblies can be exported as glTF." };
  }
  const configuration = configureElement(element, target.configuration);
  if (!configuration.ok) return configuration;
  if (element.elementType === "PARTSTUDIO") {
    const parts = configuredParts(element, configuration.value);
    const wanted = target.partIds ?? [];
    const unknown = wanted.filter((id) => !parts.some((part) => part.partId === id));
    if (unknown.length > 0) return { ok: false, message: `Part not found: ${unknown.join(", ")}` };
    return {
      ok: true,
      name: element.name,
      nodes: parts
        .filter((part) => wanted.length === 0 || wanted.includes(part.partId))
        .map((part) => ({ name: part.name, part })),
    };
  }
  const instances = flattenTree(assemblyTree(element, target.snapshot, configuration.value));
  return {
    ok: true,
    name: element.name,
    nodes: instances.flatMap((node) =>
      node.kind === "part" ? [{ name: node.name, part: node.part, transform: node.transform }] : [],
    ),
  };
}
