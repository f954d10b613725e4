import type { SeedPart } from "../seed/types";

// Every seeded part is drawn and described as the box of its bounding size around its
// centroid: six planar faces, twelve edges, eight vertices. Their ids are the part id plus
// one letter, Onshape-like short strings, unique within a Part Studio (part ids are) and
// stable for the part whatever the configuration or microversion.

export type Vec3 = readonly [number, number, number];

export type BoxFace = {
  id: string;
  /** "-X", "+X", "-Y", "+Y", "-Z", "+Z": which side of the box. */
  side: string;
  normal: Vec3;
  /** The face's centre. */
  origin: Vec3;
  area: number;
  min: Vec3;
  max: Vec3;
  /** The face's four corners, counter-clockwise seen from outside. */
  corners: readonly [Vec3, Vec3, Vec3, Vec3];
};

export type BoxEdge = { id: string; start: Vec3; end: Vec3; vertices: readonly [string, string] };
export type BoxVertex = { id: string; point: Vec3 };

const faceLetters = "ABCDEF";
const edgeLetters = "GHIJKLMNOPQR";
const vertexLetters = "STUVWXYZ";

export function boxBounds(part: SeedPart): { min: Vec3; max: Vec3 } {
  const [cx, cy, cz] = part.centroid;
  const [a, b, c] = part.box;
  return {
    min: [cx - a / 2, cy - b / 2, cz - c / 2],
    max: [cx + a / 2, cy + b / 2, cz + c / 2],
  };
}

/** Corner i has bit 0 → max x, bit 1 → max y, bit 2 → max z. */
function corner(part: SeedPart, i: number): Vec3 {
  const { min, max } = boxBounds(part);
  return [i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]];
}

export function boxVertices(part: SeedPart): BoxVertex[] {
  return Array.from({ length: 8 }, (_, i) => ({
    id: `${part.partId}${vertexLetters[i]}`,
    point: corner(part, i),
  }));
}

/** Corner indices per face, counter-clockwise seen from outside. */
const faceCorners: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 6, 2], // -X
  [1, 3, 7, 5], // +X
  [0, 1, 5, 4], // -Y
  [2, 6, 7, 3], // +Y
  [0, 2, 3, 1], // -Z
  [4, 5, 7, 6], // +Z
];

export function boxFaces(part: SeedPart): BoxFace[] {
  const { min, max } = boxBounds(part);
  const [a, b, c] = part.box;
  const areas = [b * c, b * c, a * c, a * c, a * b, a * b];
  return faceCorners.map((cornerIds, i) => {
    const axis = Math.floor(i / 2);
    const positive = i % 2 === 1;
    const normal = [0, 0, 0].map((_, k) =>
      k === axis ? (positive ? 1 : -1) : 0,
    ) as unknown as Vec3;
    const faceMin = [...min] as [number, number, number];
    const faceMax = [...max] as [number, number, number];
    if (positive) faceMin[axis] = max[axis]!;
    else faceMax[axis] = min[axis]!;
    const origin = [0, 1, 2].map((k) => (faceMin[k]! + faceMax[k]!) / 2) as unknown as Vec3;
    return {
      id: `${part.partId}${faceLetters[i]}`,
      side: `${positive ? "+" : "-"}${"XYZ"[axis]}`,
      normal,
      origin,
      area: areas[i]!,
      min: faceMin,
      max: faceMax,
      corners: cornerIds.map((k) => corner(part, k)) as unknown as BoxFace["corners"],
    };
  });
}

/** Pairs of corners that differ in one coordinate. */
const edgeCorners: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

export function boxEdges(part: SeedPart): BoxEdge[] {
  const vertices = boxVertices(part);
  return edgeCorners.map(([from, to], i) => ({
    id: `${part.partId}${edgeLetters[i]}`,
    start: vertices[from]!.point,
    end: vertices[to]!.point,
    vertices: [vertices[from]!.id, vertices[to]!.id],
  }));
}
