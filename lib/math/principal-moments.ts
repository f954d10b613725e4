// Principal moments of inertia: the eigenvalues of the symmetric 3×3 inertia tensor, in
// closed form (Smith's trigonometric method), ascending. Onshape returns the tensor about the
// centroid; a diagonal tensor needs no iteration and a general one no convergence test.

export type Vec3 = readonly [number, number, number];

/** Eigenvalues (ascending) of a symmetric 3×3 matrix given row-major, or null if not finite. */
export function principalMoments(tensor: readonly number[]): Vec3 | null {
  if (tensor.length < 9 || !tensor.slice(0, 9).every(Number.isFinite)) return null;
  const [a, b, c, , d, e, , , f] = tensor as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Symmetrise: rounding can leave the two off-diagonal copies a few ulps apart.
  const xy = (b + tensor[3]!) / 2;
  const xz = (c + tensor[6]!) / 2;
  const yz = (e + tensor[7]!) / 2;
  const offDiagonal = xy * xy + xz * xz + yz * yz;
  if (offDiagonal === 0) return sorted([a, d, f]);
  const q = (a + d + f) / 3;
  const p2 = (a - q) ** 2 + (d - q) ** 2 + (f - q) ** 2 + 2 * offDiagonal;
  const p = Math.sqrt(p2 / 6);
  // B = (A - qI) / p; r = det(B) / 2, clamped against rounding to [-1, 1].
  const b11 = (a - q) / p;
  const b22 = (d - q) / p;
  const b33 = (f - q) / p;
  const b12 = xy / p;
  const b13 = xz / p;
  const b23 = yz / p;
  const det =
    b11 * (b22 * b33 - b23 * b23) - b12 * (b12 * b33 - b23 * b13) + b13 * (b12 * b23 - b22 * b13);
  const r = Math.min(1, Math.max(-1, det / 2));
  const phi = Math.acos(r) / 3;
  const largest = q + 2 * p * Math.cos(phi);
  const smallest = q + 2 * p * Math.cos(phi + (2 * Math.PI) / 3);
  return sorted([smallest, 3 * q - largest - smallest, largest]);
}

function sorted(values: [number, number, number]): Vec3 {
  return [...values].sort((x, y) => x - y) as unknown as Vec3;
}
