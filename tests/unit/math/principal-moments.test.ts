import { describe, expect, it } from "vitest";
import { principalMoments } from "@/lib/math/principal-moments";

// Checked against tensors whose eigenvalues are known: diagonal ones, a rotated diagonal one
// (R·diag·Rᵀ keeps the eigenvalues), and the invariants (trace, determinant) of a general one.

const multiply = (a: number[][], b: number[][]) =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)));
const transpose = (a: number[][]) => a[0]!.map((_, j) => a.map((row) => row[j]!));

describe("principalMoments", () => {
  it("sorts a diagonal tensor's entries", () => {
    expect(principalMoments([3, 0, 0, 0, 1, 0, 0, 0, 2])).toEqual([1, 2, 3]);
  });

  it("finds the moments of a rotated box", () => {
    const moments = [0.0012, 0.0031, 0.0036];
    const angle = 0.7;
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const rz = [
      [c, -s, 0],
      [s, c, 0],
      [0, 0, 1],
    ];
    const rx = [
      [1, 0, 0],
      [0, c, -s],
      [0, s, c],
    ];
    const rotation = multiply(rz, rx);
    const diagonal = moments.map((m, i) => moments.map((_, j) => (i === j ? m : 0)));
    const tensor = multiply(multiply(rotation, diagonal), transpose(rotation)).flat();
    const result = principalMoments(tensor)!;
    result.forEach((value, i) => expect(value).toBeCloseTo(moments[i]!, 12));
  });

  it("keeps the trace and determinant of a general symmetric tensor", () => {
    const t = [4, 1, -2, 1, 2, 0, -2, 0, 3];
    const [l1, l2, l3] = principalMoments(t)!;
    expect(l1 + l2 + l3).toBeCloseTo(9, 12);
    const det = 4 * (2 * 3 - 0) - 1 * (1 * 3 - 0) + -2 * (0 - 2 * -2);
    expect(l1 * l2 * l3).toBeCloseTo(det, 10);
    expect(l1).toBeLessThanOrEqual(l2);
    expect(l2).toBeLessThanOrEqual(l3);
  });

  it("handles equal moments (a cube) and refuses what is not a tensor", () => {
    expect(principalMoments([2, 0, 0, 0, 2, 0, 0, 0, 2])).toEqual([2, 2, 2]);
    expect(principalMoments([1, 2, 3])).toBeNull();
    expect(principalMoments([1, 0, 0, 0, Number.NaN, 0, 0, 0, 1])).toBeNull();
  });
});
