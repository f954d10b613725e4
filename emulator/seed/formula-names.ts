import { seedId } from "./ids";
import { materials } from "./materials";
import { propertyIds } from "./properties";
import type { SeedAssembly, SeedPart, SeedPartStudio } from "./types";

// Names that attack spreadsheets (CSV formula injection), in Ada's filler document 23: the
// document itself is renamed, and it gains a Part Studio and an assembly whose BOM has two
// custom columns with formula-like headers. Element 1 ("Part Studio 1") is unchanged.

const DOC = 23;

export const formulaDocumentName = '=HYPERLINK("http://evil.example/d","Abdeckung Riemen")';

/** Part names, in Part Studio order (part ids JXD, JXH, JXL, JXP, JXT, JXX). */
export const formulaPartNames = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "\tTabulator",
  "＝1+1 Vollbreite",
] as const;

export const formulaIds = {
  document: seedId("document", DOC),
  workspace: seedId("workspace", DOC),
  partStudio: seedId("element", DOC, 2),
  assembly: seedId("element", DOC, 3),
  costColumn: "6f1e2d3c4b5a69788796a5b4",
  leadTimeColumn: "6f1e2d3c4b5a69788796a5b5",
} as const;

const partIds = ["JXD", "JXH", "JXL", "JXP", "JXT", "JXX"] as const;

const parts: SeedPart[] = formulaPartNames.map((name, i) => ({
  partId: partIds[i] ?? `JX${i}`,
  name,
  partNumber: `FX-${String(i + 1).padStart(3, "0")}`,
  material: materials.steel,
  volume: 1.0e-6 * (i + 1),
  periphery: 0.001 * (i + 1),
  centroid: [0.02 * i, 0, 0.005],
  box: [0.01, 0.01, 0.01 * (i + 1)],
  color: { red: 200, green: 40 + 30 * i, blue: 40 },
  customProperties: { [propertyIds.costCentre]: "0815", [propertyIds.leadTime]: 5 + i },
}));

export const formulaPartStudio: SeedPartStudio = {
  id: formulaIds.partStudio,
  name: "=Formeln",
  elementType: "PARTSTUDIO",
  hasThumbnail: true,
  parts,
};

export const formulaAssembly: SeedAssembly = {
  id: formulaIds.assembly,
  name: "@Formel-Baugruppe",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  partNumber: "FX-100",
  bomGenerated: true,
  bomColumns: [
    { id: formulaIds.costColumn, name: "=Kostenstelle", propertyId: propertyIds.costCentre },
    { id: formulaIds.leadTimeColumn, name: "@Lieferzeit", propertyId: propertyIds.leadTime },
  ],
  instances: parts.map((part, i) => ({
    kind: "part",
    partStudioId: formulaIds.partStudio,
    partId: part.partId,
    quantity: 1 + (i % 2),
  })),
};
