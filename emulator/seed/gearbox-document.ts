import { seedId } from "./ids";
import { materials } from "./materials";
import { ada, grace, katherine, soren } from "./people";
import { propertyIds } from "./properties";
import type { SeedAssembly, SeedDocument, SeedElement, SeedPart, SeedPartStudio } from "./types";

// Document 1, "Getriebe GX-200": the richest seeded document. It has a multi-level assembly,
// an assembly whose BOM was never generated, a drawing, a blob without thumbnail, and two
// real versions whose data differs from the workspace (V1 has a steel housing and no gear).

const DOC = 1;

export const gearboxIds = {
  document: seedId("document", DOC),
  workspace: seedId("workspace", DOC),
  versionStart: seedId("version", DOC, 1),
  versionV1: seedId("version", DOC, 2),
  versionV2: seedId("version", DOC, 3),
  partStudio: seedId("element", DOC, 1),
  shaftAssembly: seedId("element", DOC, 2),
  topAssembly: seedId("element", DOC, 3),
  unbuiltBomAssembly: seedId("element", DOC, 4),
  drawing: seedId("element", DOC, 5),
  blob: seedId("element", DOC, 6),
} as const;

const housing: SeedPart = {
  partId: "JHD",
  name: "Gehäuse",
  partNumber: "GX-200-001",
  description: "Druckguss",
  revision: "B",
  material: materials.aluminium6061,
  volume: 4.0e-4,
  periphery: 0.112,
  centroid: [0, 0, 0.04],
  box: [0.2, 0.12, 0.08],
  color: { red: 160, green: 164, blue: 172 },
  customProperties: {
    [propertyIds.finish]: "ELOXIERT",
    [propertyIds.leadTime]: 21,
    [propertyIds.inspection]: true,
    [propertyIds.costCentre]: "4711",
  },
};

const shaft: SeedPart = {
  partId: "JHH",
  name: "Welle Ø20",
  partNumber: "GX-200-002",
  material: materials.steel,
  volume: 3.0e-5,
  periphery: 0.0126,
  centroid: [0, 0, 0.04],
  box: [0.02, 0.02, 0.095],
  color: { red: 90, green: 96, blue: 110 },
  customProperties: { [propertyIds.finish]: "BLANK" },
};

const bearing: SeedPart = {
  partId: "JHL",
  name: 'Lager "Ø40", Stahl',
  partNumber: "GX-200-003",
  description: "Rillenkugellager 6004",
  material: materials.steel,
  volume: 1.0e-5,
  periphery: 0.0052,
  centroid: [0.03, 0, 0.04],
  box: [0.04, 0.04, 0.012],
  color: { red: 200, green: 170, blue: 60 },
  vendor: "SKF",
};

const gear: SeedPart = {
  partId: "JHP",
  name: "Zahnrad Ü-Klasse",
  partNumber: "GX-200-004",
  description: "Modul 1,5; 38 Zähne",
  material: materials.steel,
  volume: 2.0e-5,
  periphery: 0.0088,
  centroid: [-0.03, 0, 0.04],
  box: [0.06, 0.06, 0.015],
  color: { red: 40, green: 120, blue: 200 },
};

/** No material assigned: Onshape reports hasMass false and a zero mass for it. */
const seal: SeedPart = {
  partId: "JHT",
  name: "Dichtung",
  volume: 2.0e-6,
  periphery: 0.0031,
  centroid: [0, 0, 0],
  box: [0.1, 0.1, 0.002],
  color: { red: 30, green: 30, blue: 30 },
};

const partStudio: SeedPartStudio = {
  id: gearboxIds.partStudio,
  name: "Gehäuse & Wellen",
  elementType: "PARTSTUDIO",
  hasThumbnail: true,
  parts: [housing, shaft, bearing, gear, seal],
};

const part = (partId: string, quantity: number) =>
  ({ kind: "part", partStudioId: gearboxIds.partStudio, partId, quantity }) as const;

const shaftAssembly: SeedAssembly = {
  id: gearboxIds.shaftAssembly,
  name: "Wellenbaugruppe",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  partNumber: "GX-200-100",
  description: "Welle mit Lagern und Zahnrad",
  bomGenerated: true,
  instances: [part("JHH", 1), part("JHL", 2), part("JHP", 1)],
};

const topAssembly: SeedAssembly = {
  id: gearboxIds.topAssembly,
  name: "Getriebe GX-200",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  partNumber: "GX-200",
  bomGenerated: true,
  instances: [
    part("JHD", 1),
    { kind: "assembly", assemblyId: gearboxIds.shaftAssembly, quantity: 2 },
    part("JHT", 4),
  ],
};

const unbuiltBomAssembly: SeedAssembly = {
  id: gearboxIds.unbuiltBomAssembly,
  name: "Getriebe Variante B",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  bomGenerated: false,
  instances: [part("JHD", 1), part("JHH", 1), part("JHL", 2)],
};

const currentElements: readonly SeedElement[] = [
  partStudio,
  shaftAssembly,
  topAssembly,
  unbuiltBomAssembly,
  { id: gearboxIds.drawing, name: "Zeichnung GX-200", elementType: "DRAWING", hasThumbnail: true },
  {
    id: gearboxIds.blob,
    name: "Datenblatt Lager.pdf",
    elementType: "BLOB",
    hasThumbnail: false,
    filename: "Datenblatt Lager.pdf",
    mimeType: "application/pdf",
  },
];

// Version V1: the housing was still steel, there was no gear and no sub-assembly yet.
const v1Elements: readonly SeedElement[] = [
  { ...partStudio, parts: [{ ...housing, material: materials.steel }, shaft, bearing, seal] },
  {
    ...topAssembly,
    instances: [part("JHD", 1), part("JHH", 1), part("JHL", 2), part("JHT", 4)],
  },
];

export const gearboxDocument: SeedDocument = {
  id: gearboxIds.document,
  name: "Getriebe GX-200",
  description: "Zweistufiges Stirnradgetriebe",
  ownerId: ada.id,
  sharedWith: [
    { userId: grace.id, permission: "WRITE" },
    { userId: soren.id, permission: "READ" },
    { userId: katherine.id, permission: "READ" },
  ],
  createdAt: "2024-01-15T09:00:00.000+00:00",
  modifiedAt: "2025-03-20T16:45:00.000+00:00",
  modifiedById: grace.id,
  tags: ["getriebe", "freigabe"],
  workspaces: [
    {
      id: gearboxIds.workspace,
      name: "Main",
      microversionId: seedId("microversion", DOC),
      parentVersionId: gearboxIds.versionV2,
      createdAt: "2024-01-15T09:00:00.000+00:00",
      modifiedAt: "2025-03-20T16:45:00.000+00:00",
      elements: currentElements,
    },
  ],
  versions: [
    {
      id: gearboxIds.versionStart,
      name: "Start",
      description: "",
      microversionId: seedId("microversion", DOC, 1),
      createdAt: "2024-01-15T09:00:00.000+00:00",
      elements: [],
    },
    {
      id: gearboxIds.versionV1,
      name: "V1",
      description: "Erster Prototyp",
      parentVersionId: gearboxIds.versionStart,
      microversionId: seedId("microversion", DOC, 2),
      createdAt: "2024-06-03T11:30:00.000+00:00",
      elements: v1Elements,
    },
    {
      id: gearboxIds.versionV2,
      name: "V2 Freigabe",
      description: "Freigegeben für Fertigung",
      parentVersionId: gearboxIds.versionV1,
      microversionId: seedId("microversion", DOC, 3),
      createdAt: "2025-03-20T16:40:00.000+00:00",
      elements: currentElements,
    },
  ],
};
