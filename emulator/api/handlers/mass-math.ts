import { partMass, type SeedPart } from "../../seed";

// Mass properties of seeded parts, in SI units. Each part is a solid of the seeded volume
// whose inertia is approximated by a uniform box of its bounding-box size; a group combines
// parts about their common centre of mass (parallel-axis theorem).

type Vec3 = [number, number, number];
/** Row-major 3×3 inertia tensor. */
type Mat3 = [number, number, number, number, number, number, number, number, number];

export type MassBody = {
  mass: number;
  volume: number;
  periphery: number;
  centroid: Vec3;
  inertia: Mat3;
  hasMass: boolean;
  massMissingCount: number;
};

function partInertia(part: SeedPart): Mat3 {
  const m = partMass(part);
  const [a, b, c] = part.box;
  return [
    (m * (b * b + c * c)) / 12,
    0,
    0,
    0,
    (m * (a * a + c * c)) / 12,
    0,
    0,
    0,
    (m * (a * a + b * b)) / 12,
  ];
}

export function partBody(part: SeedPart): MassBody {
  const hasMass = part.material !== undefined;
  return {
    mass: partMass(part),
    volume: part.volume,
    periphery: part.periphery,
    centroid: [...part.centroid],
    inertia: partInertia(part),
    hasMass,
    massMissingCount: hasMass ? 0 : 1,
  };
}

/** The "-all-" body. Parts without material add volume and area but no mass. */
export function groupBody(parts: readonly SeedPart[]): MassBody {
  const bodies = parts.map(partBody);
  const mass = bodies.reduce((sum, body) => sum + body.mass, 0);
  const volume = bodies.reduce((sum, body) => sum + body.volume, 0);
  // With no mass at all, fall back to the volume centroid, as a geometric centre.
  const weight = (body: MassBody) => (mass > 0 ? body.mass / mass : body.volume / (volume || 1));
  const centroid: Vec3 = [0, 1, 2].map((axis) =>
    bodies.reduce((sum, body) => sum + weight(body) * (body.centroid[axis] ?? 0), 0),
  ) as Vec3;
  const inertia = bodies.reduce<Mat3>(
    (total, body) => {
      const d = body.centroid.map((value, axis) => value - centroid[axis]!) as Vec3;
      const d2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
      return total.map((value, index) => {
        const row = Math.floor(index / 3);
        const col = index % 3;
        const shift = body.mass * ((row === col ? d2 : 0) - d[row]! * d[col]!);
        return value + body.inertia[index]! + shift;
      }) as Mat3;
    },
    [0, 0, 0, 0, 0, 0, 0, 0, 0],
  );
  return {
    mass,
    volume,
    periphery: bodies.reduce((sum, body) => sum + body.periphery, 0),
    centroid,
    inertia,
    hasMass: mass > 0,
    massMissingCount: bodies.reduce((sum, body) => sum + body.massMissingCount, 0),
  };
}

/** Onshape reports each quantity as `[value, lower bound, upper bound]`. */
export function withBounds(value: number): [number, number, number] {
  const tolerance = Math.abs(value) * 1e-6;
  return [value, value - tolerance, value + tolerance];
}

/** Vectors and tensors: all values, then all lower bounds, then all upper bounds. */
export function arrayWithBounds(values: readonly number[]): number[] {
  const bounds = values.map(withBounds);
  return [0, 1, 2].flatMap((which) => bounds.map((bound) => bound[which] ?? 0));
}
