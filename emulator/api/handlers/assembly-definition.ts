import {
  configurationFields,
  type ElementConfiguration,
} from "../../configurations/element-configuration";
import { assemblyTree, flattenTree, type TreeInstance } from "../../model/assembly-tree";
import type { SeedAssembly } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { errorResponse, jsonResponse, type Handler } from "../handler-context";
import { resolveElement, type SnapshotAccess } from "../resolve-path";
import { isElementOfType } from "./element-json";

// GET /assemblies/d/{did}/{wvm}/{wvmid}/e/{eid} (BTAssemblyDefinitionInfo): the root
// assembly's instances and every occurrence (paths of instance ids, 4×4 row-major transforms
// in metres), one subAssemblies entry per distinct sub-assembly, and the parts instanced.

function instanceJson(access: SnapshotAccess, node: TreeInstance) {
  const common = {
    id: node.id,
    name: node.name,
    documentId: access.doc.id,
    documentMicroversion: access.snapshot.microversionId,
    ...configurationFields(node.configuration),
    isStandardContent: false,
    suppressed: false,
  };
  if (node.kind === "assembly") {
    return {
      ...common,
      type: "Assembly",
      elementId: node.assembly.id,
      ...(node.assembly.partNumber ? { partNumber: node.assembly.partNumber } : {}),
    };
  }
  return {
    ...common,
    type: "Part",
    elementId: node.partStudio.id,
    partId: node.part.partId,
    ...(node.part.partNumber ? { partNumber: node.part.partNumber } : {}),
    ...(node.part.revision ? { revision: node.part.revision } : {}),
  };
}

function occurrenceJson(node: TreeInstance) {
  return { path: [...node.path], transform: [...node.transform], fixed: false, hidden: false };
}

export const getAssemblyDefinition: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  if (!isElementOfType(access.value, "ASSEMBLY")) {
    return errorResponse(ctx, 400, "Element is not an assembly.");
  }
  const { element, snapshot, doc } = access.value;
  const configuration = requestConfiguration(ctx, element);
  if (!configuration.ok) return configuration.response;
  const tree = assemblyTree(element, snapshot, configuration.value);
  const all = flattenTree(tree);

  const subAssemblies = new Map<string, TreeInstance & { kind: "assembly" }>();
  for (const node of all) {
    const key = node.kind === "assembly" && `${node.assembly.id} ${node.configuration.id}`;
    if (key && node.kind === "assembly" && !subAssemblies.has(key)) subAssemblies.set(key, node);
  }
  const parts = new Map<string, TreeInstance & { kind: "part" }>();
  for (const node of all) {
    if (node.kind === "part") {
      parts.set(`${node.partStudio.id} ${node.part.partId} ${node.configuration.id}`, node);
    }
  }
  const common = (assembly: SeedAssembly, elementConfiguration: ElementConfiguration) => ({
    documentId: doc.id,
    elementId: assembly.id,
    documentMicroversion: snapshot.microversionId,
    ...configurationFields(elementConfiguration),
    ...(assembly.partNumber ? { partNumber: assembly.partNumber } : {}),
  });

  return jsonResponse(ctx, {
    rootAssembly: {
      ...common(element, configuration.value),
      instances: tree.map((node) => instanceJson(access.value, node)),
      occurrences: all.map(occurrenceJson),
      features: [],
      patterns: [],
    },
    subAssemblies: [...subAssemblies.values()].map((sub) => ({
      ...common(sub.assembly, sub.configuration),
      instances: sub.children.map((node) => instanceJson(access.value, node)),
      features: [],
      patterns: [],
    })),
    parts: [...parts.values()].map((node) => ({
      documentId: doc.id,
      elementId: node.partStudio.id,
      partId: node.part.partId,
      documentMicroversion: snapshot.microversionId,
      ...configurationFields(node.configuration),
      bodyType: "solid",
      isStandardContent: false,
      ...(node.part.partNumber ? { partNumber: node.part.partNumber } : {}),
      ...(node.part.revision ? { revision: node.part.revision } : {}),
      mateConnectors: [],
    })),
    partStudioFeatures: [],
  });
};
