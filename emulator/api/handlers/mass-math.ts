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
  /** About the centroid, in Part Studio axes. */
  inertia: Mat3;
  hasMass: boolean;
  massMissingCount: number;
};

export type PrincipalInertia = { moments: Vec3; axes: [Vec3, Vec3, Vec3] };

/**
 * Eigenvalues (ascending) and unit eigenvectors of a symmetric 3×3 tensor, by cyclic Jacobi
 * rotations: exact for the diagonal tensor of one box, converged to 1e-15 for a group.
 */
export function principalInertia(tensor: Mat3): PrincipalInertia {
  const a = [0, 1, 2].map((r) => [0, 1, 2].map((c) => tensor[r * 3 + c] ?? 0));
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const scale = Math.max(1e-300, ...a.flat().map(Math.abs));
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = Math.abs(a[0]![1]!) + Math.abs(a[0]![2]!) + Math.abs(a[1]![2]!);
    if (off <= 1e-15 * scale) break;
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const apq = a[p]![q]!;
      if (apq === 0) continue;
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k]![p]!;
        const akq = a[k]![q]!;
        a[k]![p] = c * akp - s * akq;
        a[k]![q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p]![k]!;
        const aqk = a[q]![k]!;
        a[p]![k] = c * apk - s * aqk;
        a[q]![k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k]![p]!;
        const vkq = v[k]![q]!;
        v[k]![p] = c * vkp - s * vkq;
        v[k]![q] = s * vkp + c * vkq;
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => a[i]![i]! - a[j]![j]!);
  return {
    moments: order.map((i) => a[i]![i]!) as Vec3,
    axes: order.map((i) => [v[0]![i]!, v[1]![i]!, v[2]![i]!]) as [Vec3, Vec3, Vec3],
  };
}

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
