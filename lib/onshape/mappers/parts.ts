import { principalMoments } from "@/lib/math/principal-moments";
import type { PartRow, PartTotals } from "../types";
import type { RawMassBody, RawMassProperties, RawPart } from "../raw-types";

// Onshape reports every quantity as [value, lower bound, upper bound] in SI units, and
// vectors as all values first; the app shows the values.

function first(values: number[] | undefined): number | null {
  const value = values?.[0];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function vector(values: number[] | undefined): PartRow["centroidM"] {
  const [x, y, z] = values ?? [];
  return [x, y, z].every((v) => typeof v === "number" && Number.isFinite(v)) ? [x!, y!, z!] : null;
}

/** A part's row; `body` is absent for parts Onshape computes no mass properties for. */
export function toPartRow(part: RawPart, body: RawMassBody | undefined): PartRow {
  const material = part.material?.displayName || part.material?.id || null;
  // No material → hasMass false and a mass of 0, which must not read as "weighs nothing".
  const hasMass = body?.hasMass ?? false;
  const massKg = hasMass ? first(body?.mass) : null;
  const volumeM3 = first(body?.volume);
  // The tensor is the first nine values (then its lower and upper bounds), row-major.
  const tensor = body?.inertia?.slice(0, 9);
  return {
    partId: part.partId ?? part.id ?? "",
    name: part.name ?? "Unnamed part",
    partNumber: part.partNumber || null,
    material,
    massKg,
    volumeM3,
    areaM2: first(body?.periphery),
    centroidM: vector(body?.centroid),
    revision: part.revision || null,
    densityKgM3: massKg !== null && volumeM3 ? massKg / volumeM3 : null,
    principalInertiaKgM2: massKg !== null && tensor ? principalMoments(tensor) : null,
  };
}

export function toPartRows(parts: readonly RawPart[], mass: RawMassProperties): PartRow[] {
  const bodies = mass.bodies ?? {};
  return parts.map((part) => toPartRow(part, bodies[part.partId ?? part.id ?? ""]));
}

/** Sums, and the centre of mass of everything that has mass (mass-weighted centroids). */
export function partTotals(rows: readonly PartRow[]): PartTotals {
  const sum = (pick: (row: PartRow) => number | null) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const weighed = rows.filter((row) => row.massKg !== null && row.centroidM !== null);
  const massKg = sum((row) => row.massKg);
  const weighedMass = weighed.reduce((total, row) => total + (row.massKg ?? 0), 0);
  const centroidM =
    weighedMass > 0
      ? ([0, 1, 2].map(
          (axis) =>
            weighed.reduce((t, row) => t + row.massKg! * row.centroidM![axis]!, 0) / weighedMass,
        ) as [number, number, number])
      : null;
  return {
    massKg,
    volumeM3: sum((row) => row.volumeM3),
    areaM2: sum((row) => row.areaM2),
    centroidM,
    partsWithoutMass: rows.filter((row) => row.massKg === null).length,
  };
}
