import { seedId } from "./ids";
import { materials } from "./materials";
import type {
  ConfigurationValues,
  SeedAssembly,
  SeedConfigurationParameter,
  SeedPart,
  SeedPartStudio,
} from "./types";

// A configured Part Studio and assembly, added to Ada's filler document 26 "Führungsschiene
// 500" (elements 2 and 3) so that no existing list, count or page changes. Every part is a
// box, so masses are exact: volume = box, mass = volume × density.
//
// Parameters (ids are what configuration strings carry):
//   List_9rS3yBbG2XkQ7D "Länge" ENUM, options _100_mm "100 mm", _200_mm "200 mm" (default),
//     _400_mm "400 mm": the rail's length.
//   EndCaps "Endkappen" BOOLEAN, default true: false removes both end caps.
//   Thickness "Plattendicke" QUANTITY LENGTH millimeter 5…50, default 10: the plate's thickness.
//   Label "Beschriftung" STRING, default "A": appended to the rail's part number.
// Parts: JRD rail (Aluminum 6061, 20×20 mm × length), JRH plate (Steel, 100×50 mm × thickness),
//   JRL/JRP end caps (ABS, 10×20×20 mm, 0.00424 kg each).
// Masses (kg): rail 0.108 / 0.216 / 0.432; plate 0.3925 at 10 mm (0.03925 per mm);
//   default total 0.61698; _400_mm + EndCaps=false + Thickness=20 mm: 1.217.

const DOC = 26;

export const railIds = {
  document: seedId("document", DOC),
  workspace: seedId("workspace", DOC),
  partStudio: seedId("element", DOC, 2),
  assembly: seedId("element", DOC, 3),
  length: "List_9rS3yBbG2XkQ7D",
  endCaps: "EndCaps",
  thickness: "Thickness",
  label: "Label",
  secondRail: "SecondRail",
  rail: "JRD",
  plate: "JRH",
  capLeft: "JRL",
  capRight: "JRP",
} as const;

export const railParameters: readonly SeedConfigurationParameter[] = [
  {
    type: "ENUM",
    id: railIds.length,
    name: "Länge",
    defaultValue: "_200_mm",
    options: [
      { id: "_100_mm", name: "100 mm", length: 0.1 },
      { id: "_200_mm", name: "200 mm", length: 0.2 },
      { id: "_400_mm", name: "400 mm", length: 0.4 },
    ],
  },
  { type: "BOOLEAN", id: railIds.endCaps, name: "Endkappen", defaultValue: true },
  {
    type: "QUANTITY",
    id: railIds.thickness,
    name: "Plattendicke",
    quantityType: "LENGTH",
    units: "millimeter",
    minValue: 5,
    maxValue: 50,
    defaultValue: 10,
  },
  { type: "STRING", id: railIds.label, name: "Beschriftung", defaultValue: "A" },
];

type Vec3 = readonly [number, number, number];
const boxVolume = (b: Vec3) => b[0] * b[1] * b[2];
const boxArea = (b: Vec3) => 2 * (b[0] * b[1] + b[1] * b[2] + b[2] * b[0]);

/** The part at another size and place; volume and area scale with the box, so edits carry over. */
function reshaped(part: SeedPart, box: Vec3, centroid: Vec3): SeedPart {
  return {
    ...part,
    volume: (part.volume * boxVolume(box)) / boxVolume(part.box),
    periphery: (part.periphery * boxArea(box)) / boxArea(part.box),
    box,
    centroid,
  };
}

const box = (x: number, y: number, z: number): Vec3 => [x, y, z];

const rail: SeedPart = {
  partId: railIds.rail,
  name: "Schiene",
  partNumber: "SR-20",
  material: materials.aluminium6061,
  volume: boxVolume(box(0.2, 0.02, 0.02)),
  periphery: boxArea(box(0.2, 0.02, 0.02)),
  centroid: [0.1, 0, 0.01],
  box: box(0.2, 0.02, 0.02),
  color: { red: 190, green: 195, blue: 205 },
};

const plate: SeedPart = {
  partId: railIds.plate,
  name: "Grundplatte",
  partNumber: "GP-100",
  material: materials.steel,
  volume: boxVolume(box(0.1, 0.05, 0.01)),
  periphery: boxArea(box(0.1, 0.05, 0.01)),
  centroid: [0.05, 0, -0.005],
  box: box(0.1, 0.05, 0.01),
  color: { red: 80, green: 85, blue: 95 },
};

const cap = (partId: string, name: string, x: number): SeedPart => ({
  partId,
  name,
  partNumber: "EK-20",
  material: materials.abs,
  volume: boxVolume(box(0.01, 0.02, 0.02)),
  periphery: boxArea(box(0.01, 0.02, 0.02)),
  centroid: [x, 0, 0.01],
  box: box(0.01, 0.02, 0.02),
  color: { red: 230, green: 120, blue: 30 },
});

/** How the parameters change the parts (registered in configurators.ts). */
export function configureRail(parts: readonly SeedPart[], values: ConfigurationValues): SeedPart[] {
  const lengthParameter = railParameters[0];
  const option =
    lengthParameter?.type === "ENUM"
      ? lengthParameter.options.find((o) => o.id === values[railIds.length])
      : undefined;
  const length = option?.length ?? 0.2;
  const thickness = Number(values[railIds.thickness] ?? 10) / 1000;
  const label = String(values[railIds.label] ?? "");
  const caps = values[railIds.endCaps] !== false;
  return parts.flatMap((part): SeedPart[] => {
    switch (part.partId) {
      case railIds.rail: {
        const resized = reshaped(part, [length, part.box[1], part.box[2]], [length / 2, 0, 0.01]);
        const partNumber = [part.partNumber, label].filter(Boolean).join("-");
        return [{ ...resized, ...(partNumber ? { partNumber } : {}) }];
      }
      case railIds.plate:
        return [reshaped(part, [part.box[0], part.box[1], thickness], [0.05, 0, -thickness / 2])];
      case railIds.capLeft:
        return caps ? [part] : [];
      case railIds.capRight:
        return caps ? [reshaped(part, part.box, [length + 0.005, 0, 0.01])] : [];
      default:
        return [part];
    }
  });
}

export const railPartStudio: SeedPartStudio = {
  id: railIds.partStudio,
  name: "Schiene konfigurierbar",
  elementType: "PARTSTUDIO",
  hasThumbnail: true,
  parts: [
    rail,
    plate,
    cap(railIds.capLeft, "Endkappe links", -0.005),
    cap(railIds.capRight, "Endkappe rechts", 0.205),
  ],
  configuration: { parameters: railParameters, configurator: "rail" },
};

const at400mm = `${railIds.length}=_400_mm`;

/**
 * Every instance uses the Part Studio at 400 mm; the assembly's own boolean SecondRail
 * (default false) makes the rail quantity 2.
 */
export const railAssembly: SeedAssembly = {
  id: railIds.assembly,
  name: "Schiene montiert",
  elementType: "ASSEMBLY",
  hasThumbnail: true,
  partNumber: "SM-400",
  bomGenerated: true,
  configuration: {
    parameters: [
      { type: "BOOLEAN", id: railIds.secondRail, name: "Zweite Schiene", defaultValue: false },
    ],
  },
  instances: [
    {
      kind: "part",
      partStudioId: railIds.partStudio,
      partId: railIds.rail,
      quantity: 1,
      configuration: at400mm,
      quantityWhen: { parameterId: railIds.secondRail, quantity: 2 },
    },
    {
      kind: "part",
      partStudioId: railIds.partStudio,
      partId: railIds.plate,
      quantity: 1,
      configuration: at400mm,
    },
    {
      kind: "part",
      partStudioId: railIds.partStudio,
      partId: railIds.capLeft,
      quantity: 1,
      configuration: at400mm,
    },
    {
      kind: "part",
      partStudioId: railIds.partStudio,
      partId: railIds.capRight,
      quantity: 1,
      configuration: at400mm,
    },
  ],
};
