import { buildDocument, partStudio } from "./build-document";
import { railAssembly, railPartStudio } from "./configured-rail";
import { formulaAssembly, formulaDocumentName, formulaPartStudio } from "./formula-names";
import { materials } from "./materials";
import { ada, grace, soren } from "./people";
import type { SeedDocument, SeedElement, SeedMaterial, SeedPart, SeedPermission } from "./types";

// Many small one-Part-Studio documents, so that document lists need more than one page of 20.
// Everything is computed from the index: no randomness, no clock.

type FillerSpec = {
  number: number;
  name: string;
  ownerId: string;
  sharedWith?: readonly { userId: string; permission: SeedPermission }[];
  /** Elements after "Part Studio 1". */
  extraElements?: readonly SeedElement[];
};

/** Seeds for later features live in filler documents, so lists and counts stay as they were. */
const extras: Readonly<Record<number, Partial<Pick<FillerSpec, "name" | "extraElements">>>> = {
  23: { name: formulaDocumentName, extraElements: [formulaPartStudio, formulaAssembly] },
  26: { extraElements: [railPartStudio, railAssembly] },
};

const adaNames = [
  "Halter, links",
  'Adapter "Typ B"',
  "Flansch DN50",
  "Überwurfmutter M20",
  "Lüfterhalterung",
  "Getriebedeckel",
  "Kabelkanal 2m",
  "Montageplatte A4",
  "Sensorhalter IR",
  "Distanzhülse 12mm",
  "Griff ergonomisch",
  "Scharnier 90°",
  "Gehäuse Steuerung",
  "Abdeckung Riemen",
  "Spannvorrichtung",
  "Lagerbock",
  "Führungsschiene 500",
  "Kettenrad Z18",
  "Motorkonsole",
  "Endanschlag",
];

const fillerSpecs: readonly FillerSpec[] = [
  ...adaNames.map((name, i) => ({ number: 10 + i, name, ownerId: ada.id, ...extras[10 + i] })),
  {
    number: 30,
    name: "Hydraulikblock HB-3",
    ownerId: grace.id,
    sharedWith: [{ userId: ada.id, permission: "WRITE" }],
  },
  {
    number: 31,
    name: "Ventilplatte",
    ownerId: grace.id,
    sharedWith: [{ userId: ada.id, permission: "READ" }],
  },
  { number: 32, name: "Grace Notizen", ownerId: grace.id },
  {
    number: 33,
    name: "Bordplade, eg",
    ownerId: soren.id,
    sharedWith: [{ userId: ada.id, permission: "READ" }],
  },
];

const materialCycle: readonly (SeedMaterial | undefined)[] = [
  materials.steel,
  materials.aluminium6061,
  materials.brass,
  materials.abs,
  materials.stainless,
];

const DAY_MS = 86_400_000;
const BASE = Date.UTC(2024, 5, 1, 8, 0, 0);

/** Onshape writes timestamps as ISO 8601 with an explicit +00:00 offset. */
function onshapeTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

function fillerParts(index: number): SeedPart[] {
  const edge = 0.02 + 0.005 * (index % 7);
  const first: SeedPart = {
    partId: "JFD",
    name: `Teil ${index + 1}`,
    partNumber: `FL-${String(100 + index)}`,
    material: materialCycle[index % materialCycle.length],
    volume: 5.0e-6 * (1 + (index % 6)),
    periphery: 0.002 * (1 + (index % 4)),
    centroid: [0, 0, edge / 2],
    box: [edge * 2, edge, edge],
    color: { red: (index * 53) % 256, green: (index * 97) % 256, blue: (index * 151) % 256 },
  };
  if (index % 3 !== 0) return [first];
  const second: SeedPart = {
    ...first,
    partId: "JFH",
    name: `Teil ${index + 1}b`,
    partNumber: `FL-${String(100 + index)}-B`,
    material: materials.steel,
    volume: 1.0e-6,
    centroid: [edge, 0, edge / 2],
    box: [edge, edge, edge / 2],
  };
  return [first, second];
}

export const fillerDocuments: readonly SeedDocument[] = fillerSpecs.map((spec, index) => {
  const created = BASE + index * DAY_MS + (index % 9) * 3_600_000;
  // Modification order deliberately differs from creation order, so that sorting by
  // modifiedAt ("recent") and by createdAt give different pages.
  const modified = created + ((index * 37) % 60) * DAY_MS;
  return buildDocument({
    number: spec.number,
    name: spec.name,
    ownerId: spec.ownerId,
    sharedWith: spec.sharedWith,
    createdAt: onshapeTime(created),
    modifiedAt: onshapeTime(modified),
    elements: [
      partStudio(spec.number, 1, "Part Studio 1", fillerParts(index)),
      ...(spec.extraElements ?? []),
    ],
    versionNames: index % 4 === 0 ? ["V1"] : [],
  });
});
