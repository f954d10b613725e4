import { buildDocument, partStudio } from "./build-document";
import { seedId } from "./ids";
import { materials } from "./materials";
import { ada, grace, soren } from "./people";
import type { SeedAssembly, SeedDocument } from "./types";

// Documents owned by Grace and Søren: some shared with Ada (she sees them under filter=2),
// some private (Ada gets 403 for them).

export const pumpIds = {
  document: seedId("document", 2),
  workspace: seedId("workspace", 2),
  versionRevA: seedId("version", 2, 2),
  partStudio: seedId("element", 2, 1),
  assembly: seedId("element", 2, 2),
} as const;

const pumpAssembly: SeedAssembly = {
  id: pumpIds.assembly,
  name: "Pumpe komplett",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  partNumber: "P10-00",
  bomGenerated: true,
  instances: [
    { kind: "part", partStudioId: pumpIds.partStudio, partId: "JFD", quantity: 1 },
    { kind: "part", partStudioId: pumpIds.partStudio, partId: "JFH", quantity: 1 },
    { kind: "part", partStudioId: pumpIds.partStudio, partId: "JFL", quantity: 1 },
    { kind: "part", partStudioId: pumpIds.partStudio, partId: "JFP", quantity: 6 },
  ],
};

const pumpDocument = buildDocument({
  number: 2,
  name: "Pumpengehäuse P-10",
  description: "Kreiselpumpe, Baureihe P",
  ownerId: grace.id,
  sharedWith: [{ userId: ada.id, permission: "READ" }],
  createdAt: "2024-02-10T08:00:00.000+00:00",
  modifiedAt: "2025-02-28T13:10:00.000+00:00",
  elements: [
    partStudio(2, 1, "Pumpe P-10", [
      {
        partId: "JFD",
        name: "Pumpengehäuse",
        partNumber: "P10-01",
        material: materials.stainless,
        volume: 1.5e-4,
        periphery: 0.064,
        centroid: [0, 0, 0.05],
        box: [0.14, 0.14, 0.1],
        color: { red: 180, green: 180, blue: 190 },
      },
      {
        partId: "JFH",
        name: "Laufrad",
        partNumber: "P10-02",
        material: materials.abs,
        volume: 6.0e-5,
        periphery: 0.031,
        centroid: [0, 0, 0.06],
        box: [0.11, 0.11, 0.03],
        color: { red: 220, green: 80, blue: 40 },
      },
      {
        partId: "JFL",
        name: "Deckel, vorne",
        partNumber: "P10-03",
        material: materials.aluminium6061,
        volume: 5.0e-5,
        periphery: 0.036,
        centroid: [0, 0, 0.105],
        box: [0.15, 0.15, 0.01],
        color: { red: 150, green: 160, blue: 170 },
      },
      {
        partId: "JFP",
        name: "Schraube M6x20",
        partNumber: "DIN912-M6x20",
        material: materials.steel,
        volume: 5.0e-7,
        periphery: 0.00045,
        centroid: [0.06, 0, 0.11],
        box: [0.01, 0.01, 0.026],
        color: { red: 40, green: 40, blue: 40 },
      },
    ]),
    pumpAssembly,
  ],
  versionNames: ["Rev A"],
});

const gracePrivate = buildDocument({
  number: 3,
  name: "Prototyp Greifer (vertraulich)",
  ownerId: grace.id,
  createdAt: "2024-03-01T10:00:00.000+00:00",
  modifiedAt: "2025-01-12T09:30:00.000+00:00",
  elements: [
    partStudio(3, 1, "Greifer", [
      {
        partId: "JGD",
        name: "Greiferbacke",
        material: materials.aluminium6061,
        volume: 3.0e-5,
        periphery: 0.014,
        centroid: [0, 0, 0],
        box: [0.06, 0.02, 0.04],
        color: { red: 60, green: 160, blue: 90 },
      },
    ]),
  ],
});

export const frameIds = {
  document: seedId("document", 4),
  workspace: seedId("workspace", 4),
  partStudio: seedId("element", 4, 1),
} as const;

const sorenFrame = buildDocument({
  number: 4,
  name: "Rammeværk Ø-serie",
  description: "Aluminiumsramme til testbænk",
  ownerId: soren.id,
  sharedWith: [
    { userId: ada.id, permission: "WRITE" },
    { userId: grace.id, permission: "READ" },
  ],
  createdAt: "2024-04-22T07:15:00.000+00:00",
  modifiedAt: "2025-03-02T15:00:00.000+00:00",
  modifiedById: ada.id,
  elements: [
    partStudio(4, 1, "Ramme", [
      {
        partId: "JKD",
        name: "Profil 40×40",
        partNumber: "RV-4040-800",
        material: materials.aluminium6061,
        volume: 2.4e-4,
        periphery: 0.13,
        centroid: [0.4, 0, 0],
        box: [0.8, 0.04, 0.04],
        color: { red: 200, green: 200, blue: 205 },
      },
      {
        partId: "JKH",
        name: "Vinkelbeslag",
        partNumber: "RV-VB-01",
        material: materials.steel,
        volume: 8.0e-6,
        periphery: 0.0061,
        centroid: [0, 0.03, 0],
        box: [0.04, 0.04, 0.04],
        color: { red: 70, green: 70, blue: 80 },
      },
    ]),
  ],
});

const sorenPrivate = buildDocument({
  number: 5,
  name: "Søren – skitser",
  ownerId: soren.id,
  createdAt: "2024-05-05T12:00:00.000+00:00",
  modifiedAt: "2024-05-06T12:00:00.000+00:00",
  elements: [partStudio(5, 1, "Skitse", [])],
});

export const sharedDocuments: readonly SeedDocument[] = [
  pumpDocument,
  gracePrivate,
  sorenFrame,
  sorenPrivate,
];
