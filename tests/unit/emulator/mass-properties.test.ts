import { describe, expect, it } from "vitest";
import { gearboxIds as g, pumpIds, seedId } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { principalInertia } from "../../../emulator/api/handlers/mass-math";
import { call, callValid, expectError } from "./api-client";

// Every expected number here is worked out by hand from the seed's volumes, densities and
// bounding boxes: mass = volume × density; a box of edges a, b, c has Ixx = m(b²+c²)/12,
// Iyy = m(a²+c²)/12, Izz = m(a²+b²)/12 about its centre; a group adds m·d² (parallel axes).
// Densities: steel 7850, aluminium 6061 2700, ABS 1060, stainless 316 8000 kg/m³.

type Vector = { x: number; y: number; z: number };
type Body = {
  mass: number[];
  volume: number[];
  periphery: number[];
  centroid: number[];
  inertia: number[];
  principalInertia: number[];
  principalAxes: Vector[];
  hasMass: boolean;
  massMissingCount: number;
};
type Bulk = { microversionId: string; bodies: Record<string, Body> };

const path = (wvm: string, id: string, eid: string, did: string = g.document) =>
  `/partstudios/d/${did}/${wvm}/${id}/e/${eid}/massproperties`;
const massProps = (query = "", wvm = "w", id: string = g.workspace) =>
  callValid<Bulk>("getPartStudioMassProperties", path(wvm, id, g.partStudio), query);

/** The first 9 of 27: the tensor's values, before the lower and upper bounds. */
const tensor = (body: Body | undefined) => body?.inertia.slice(0, 9) ?? [];
const expectClose = (actual: number[], expected: number[], digits = 15) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value, `index ${i}`).toBeCloseTo(expected[i]!, digits));
};

describe("getPartStudioMassProperties", () => {
  it("defaults to one -all- body in SI units with [value, min, max]", () => {
    const result = massProps();
    expect(Object.keys(result.bodies)).toEqual(["-all-"]);
    const all = result.bodies["-all-"];
    // 1.08 (housing) + 0.2355 (shaft) + 0.0785 (bearing) + 0.157 (gear); the seal has no material.
    expect(all?.mass[0]).toBeCloseTo(1.551, 12);
    expect(all?.volume[0]).toBeCloseTo(4e-4 + 3e-5 + 1e-5 + 2e-5 + 2e-6, 15);
    expect(all?.periphery[0]).toBeCloseTo(0.112 + 0.0126 + 0.0052 + 0.0088 + 0.0031, 12);
    expect(all?.hasMass).toBe(true);
    expect(all?.massMissingCount).toBe(1);
    for (const quantity of [all?.mass, all?.volume, all?.periphery]) {
      const [value = NaN, min = NaN, max = NaN] = quantity ?? [];
      expect(min).toBeLessThan(value);
      expect(max).toBeGreaterThan(value);
    }
    // x: (0.0785 × 0.03 − 0.157 × 0.03) / 1.551; the massless seal does not pull it down.
    expectClose(all?.centroid.slice(0, 3) ?? [], [-0.002355 / 1.551, 0, 0.04]);
    expect(all?.centroid).toHaveLength(9);
    expect(all?.inertia).toHaveLength(27);
    expect(result.microversionId).toBe(seedId("microversion", 1));
  });

  it("gives one body per part with massAsGroup=false; no material means no mass", () => {
    const { bodies } = massProps("massAsGroup=false");
    expect(Object.keys(bodies)).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
    expect(bodies.JHD?.mass[0]).toBeCloseTo(1.08, 12);
    expect(bodies.JHH?.mass[0]).toBeCloseTo(0.2355, 12);
    expect(bodies.JHL?.mass[0]).toBeCloseTo(0.0785, 12);
    expect(bodies.JHP?.mass[0]).toBeCloseTo(0.157, 12);
    expect(bodies.JHT).toMatchObject({ hasMass: false, mass: [0, 0, 0], massMissingCount: 1 });
    expect(bodies.JHT?.volume[0]).toBeCloseTo(2e-6, 15);
    expect(bodies.JHD?.centroid.slice(0, 3)).toEqual([0, 0, 0.04]);
  });

  it("gives each part the inertia of its box, principal moments and axes", () => {
    const { bodies } = massProps("massAsGroup=false");
    // Housing: 1.08 kg, box 0.2 × 0.12 × 0.08 m.
    const housing = [
      (1.08 * (0.0144 + 0.0064)) / 12,
      (1.08 * (0.04 + 0.0064)) / 12,
      (1.08 * (0.04 + 0.0144)) / 12,
    ];
    expectClose(tensor(bodies.JHD), [housing[0]!, 0, 0, 0, housing[1]!, 0, 0, 0, housing[2]!]);
    expectClose(housing, [0.001872, 0.004176, 0.004896]);
    expectClose(bodies.JHD?.principalInertia ?? [], [0.001872, 0.004176, 0.004896]);
    expect(bodies.JHD?.principalAxes).toEqual([
      { x: 1, y: 0, z: 0 },
      { x: 0, y: 1, z: 0 },
      { x: 0, y: 0, z: 1 },
    ]);
    // Shaft: 0.2355 kg, box 0.02 × 0.02 × 0.095 m: the smallest moment is about z.
    const shaftX = (0.2355 * (0.0004 + 0.009025)) / 12;
    const shaftZ = (0.2355 * 0.0008) / 12;
    expectClose(tensor(bodies.JHH), [shaftX, 0, 0, 0, shaftX, 0, 0, 0, shaftZ]);
    expectClose(bodies.JHH?.principalInertia ?? [], [shaftZ, shaftX, shaftX]);
    expect(bodies.JHH?.principalAxes[0]).toEqual({ x: 0, y: 0, z: 1 });
    // Lower bounds below, upper bounds above the value.
    expect(bodies.JHD?.inertia[9]).toBeLessThan(0.001872);
    expect(bodies.JHD?.inertia[18]).toBeGreaterThan(0.001872);
  });

  it("narrows to the requested partIds and shifts inertia to the group's centroid", () => {
    // Housing and shaft share their centroid: nothing to shift.
    const pair = massProps("partId=JHD&partId=JHH").bodies["-all-"];
    expect(pair?.mass[0]).toBeCloseTo(1.3155, 12);
    expect(pair?.massMissingCount).toBe(0);
    expectClose(tensor(pair), [
      0.001872 + 0.000184965625,
      0,
      0,
      0,
      0.004176 + 0.000184965625,
      0,
      0,
      0,
      0.004896 + 0.0000157,
    ]);

    // Bearing (0.0785 kg at x = 0.03) and gear (0.157 kg at x = −0.03): centroid x = −0.01,
    // so the bearing sits 0.04 and the gear 0.02 from it.
    const bearingGear = massProps("partId=JHL,JHP").bodies["-all-"];
    expect(bearingGear?.mass[0]).toBeCloseTo(0.2355, 12);
    expectClose(bearingGear?.centroid.slice(0, 3) ?? [], [-0.01, 0, 0.04]);
    const ixx = (0.0785 * (0.0016 + 0.000144)) / 12 + (0.157 * (0.0036 + 0.000225)) / 12;
    const shift = 0.0785 * 0.04 ** 2 + 0.157 * 0.02 ** 2;
    const izz = (0.0785 * 0.0032) / 12 + (0.157 * 0.0072) / 12;
    expectClose(tensor(bearingGear), [ixx, 0, 0, 0, ixx + shift, 0, 0, 0, izz + shift]);
    expectClose(
      [ixx, ixx + shift, izz + shift],
      [0.0000614524166667, 0.0002498524166667, 0.0003035333333333],
    );
    expectClose(bearingGear?.principalInertia ?? [], [ixx, ixx + shift, izz + shift]);

    expectError(call(path("w", g.workspace, g.partStudio), "partId=NOPE"), 404);
  });

  it("uses the version's data at V1 (steel housing, no gear)", () => {
    const { bodies } = massProps("", "v", g.versionV1);
    // 7850 × 4e-4 + 0.2355 + 0.0785
    expect(bodies["-all-"]?.mass[0]).toBeCloseTo(3.454, 12);
  });

  it("rejects assemblies and checks access", () => {
    expectError(call(path("w", g.workspace, g.topAssembly)), 400);
    const privateDoc = seedId("document", 3);
    expectError(call(path("w", seedId("workspace", 3), seedId("element", 3, 1), privateDoc)), 403);
  });

  it("matches hand-computed masses in documents shared with the user", () => {
    const pump = callValid<Bulk>(
      "getPartStudioMassProperties",
      path("w", pumpIds.workspace, pumpIds.partStudio, pumpIds.document),
      "massAsGroup=false",
    ).bodies;
    expect(pump.JFD?.mass[0]).toBeCloseTo(8000 * 1.5e-4, 12); // 1.2
    expect(pump.JFH?.mass[0]).toBeCloseTo(1060 * 6e-5, 12); // 0.0636
    expect(pump.JFL?.mass[0]).toBeCloseTo(2700 * 5e-5, 12); // 0.135
    expect(pump.JFP?.mass[0]).toBeCloseTo(7850 * 5e-7, 12); // 0.003925
  });

  it("in a configuration: the 400 mm rail on a 20 mm plate, without end caps", () => {
    const configuration = encodeURIComponent(
      `${r.length}=_400_mm;EndCaps=false;Thickness=20+millimeter`,
    );
    const all = callValid<Bulk>(
      "getPartStudioMassProperties",
      path("w", r.workspace, r.partStudio, r.document),
      `configuration=${configuration}`,
    ).bodies["-all-"];
    // Rail 2700 × 0.4 × 0.02 × 0.02 = 0.432 kg at (0.2, 0, 0.01);
    // plate 7850 × 0.1 × 0.05 × 0.02 = 0.785 kg at (0.05, 0, −0.01).
    expect(all?.mass[0]).toBeCloseTo(1.217, 12);
    expectClose(all?.centroid.slice(0, 3) ?? [], [
      (0.432 * 0.2 + 0.785 * 0.05) / 1.217,
      0,
      (0.432 * 0.01 - 0.785 * 0.01) / 1.217,
    ]);
  });
});

describe("principalInertia", () => {
  it("diagonalises a tensor with products of inertia", () => {
    // [[2, 1, 0], [1, 2, 0], [0, 0, 5]]: moments 1, 3, 5 about (1, −1, 0)/√2, (1, 1, 0)/√2, z.
    const { moments, axes } = principalInertia([2, 1, 0, 1, 2, 0, 0, 0, 5]);
    expectClose([...moments], [1, 3, 5], 12);
    const [first, second, third] = axes;
    expect(Math.abs(first[0] * Math.SQRT1_2 - first[1] * Math.SQRT1_2)).toBeCloseTo(1, 12);
    expect(first[2]).toBeCloseTo(0, 12);
    expect(Math.abs(second[0] * Math.SQRT1_2 + second[1] * Math.SQRT1_2)).toBeCloseTo(1, 12);
    expect(Math.abs(third[2])).toBeCloseTo(1, 12);
  });
});
