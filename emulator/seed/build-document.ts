import { seedId } from "./ids";
import type { SeedDocument, SeedElement, SeedPart, SeedPartStudio, SeedPermission } from "./types";

// Builds the common document shape: one "Main" workspace holding the current elements, an
// empty "Start" version (every Onshape document has one) and optional named versions that
// snapshot the current elements.

export type DocumentSpec = {
  number: number;
  name: string;
  description?: string;
  ownerId: string;
  sharedWith?: readonly { userId: string; permission: SeedPermission }[];
  createdAt: string;
  modifiedAt: string;
  modifiedById?: string;
  tags?: readonly string[];
  elements: readonly SeedElement[];
  /** Named versions after "Start", each a snapshot of `elements`. */
  versionNames?: readonly string[];
};

export function buildDocument(spec: DocumentSpec): SeedDocument {
  const versionNames = ["Start", ...(spec.versionNames ?? [])];
  const versions = versionNames.map((name, index) => ({
    id: seedId("version", spec.number, index + 1),
    name,
    description: "",
    ...(index > 0 ? { parentVersionId: seedId("version", spec.number, index) } : {}),
    microversionId: seedId("microversion", spec.number, index + 1),
    createdAt: index === 0 ? spec.createdAt : spec.modifiedAt,
    elements: index === 0 ? [] : spec.elements,
  }));
  const lastVersion = versions[versions.length - 1];
  return {
    id: seedId("document", spec.number),
    name: spec.name,
    description: spec.description ?? "",
    ownerId: spec.ownerId,
    sharedWith: spec.sharedWith ?? [],
    createdAt: spec.createdAt,
    modifiedAt: spec.modifiedAt,
    modifiedById: spec.modifiedById ?? spec.ownerId,
    tags: spec.tags ?? [],
    workspaces: [
      {
        id: seedId("workspace", spec.number),
        name: "Main",
        microversionId: seedId("microversion", spec.number),
        ...(lastVersion ? { parentVersionId: lastVersion.id } : {}),
        createdAt: spec.createdAt,
        modifiedAt: spec.modifiedAt,
        elements: spec.elements,
      },
    ],
    versions,
  };
}

/** A Part Studio element with the given parts; element ids are `seedId("element", doc, sub)`. */
export function partStudio(
  docNumber: number,
  sub: number,
  name: string,
  parts: readonly SeedPart[],
): SeedPartStudio {
  return {
    id: seedId("element", docNumber, sub),
    name,
    elementType: "PARTSTUDIO",
    hasThumbnail: true,
    parts,
  };
}
