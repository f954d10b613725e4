import { describe, expect, it } from "vitest";
import {
  accessibleDocuments,
  gearboxIds as g,
  isPartStudio,
  partMass,
  seedId,
} from "../../../emulator/seed";
import { ada } from "../../../emulator/seed/people";
import { call, callValid, expectError } from "./api-client";

type Body = {
  mass: number[];
  volume: number[];
  periphery: number[];
  centroid: number[];
  inertia: number[];
  hasMass: boolean;
  massMissingCount: number;
};
type Bulk = { microversionId: string; bodies: Record<string, Body> };

const path = (wvm: string, id: string, eid: string, did: string = g.document) =>
  `/partstudios/d/${did}/${wvm}/${id}/e/${eid}/massproperties`;
const massProps = (query = "", wvm = "w", id: string = g.workspace) =>
  callValid<Bulk>("getPartStudioMassProperties", path(wvm, id, g.partStudio), query);

describe("getPartStudioMassProperties", () => {
  it("defaults to one -all- body in SI units with [value, min, max]", () => {
    const result = massProps();
    expect(Object.keys(result.bodies)).toEqual(["-all-"]);
    const all = result.bodies["-all-"];
    expect(all?.mass[0]).toBeCloseTo(1.551, 9);
    expect(all?.volume[0]).toBeCloseTo(4.62e-4, 12);
    expect(all?.hasMass).toBe(true);
    expect(all?.massMissingCount).toBe(1);
    for (const quantity of [all?.mass, all?.volume, all?.periphery]) {
      expect(quantity).toHaveLength(3);
      const [value = NaN, min = NaN, max = NaN] = quantity ?? [];
      expect(min).toBeLessThanOrEqual(value);
      expect(max).toBeGreaterThanOrEqual(value);
    }
    expect(all?.centroid).toHaveLength(9);
    expect(all?.inertia).toHaveLength(27);
    expect(result.microversionId).toBe(seedId("microversion", 1));
  });

  it("gives one body per part with massAsGroup=false; no material means no mass", () => {
    const { bodies } = massProps("massAsGroup=false");
    expect(Object.keys(bodies)).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
    expect(bodies.JHD?.mass[0]).toBeCloseTo(1.08, 9);
    expect(bodies.JHH?.mass[0]).toBeCloseTo(0.2355, 9);
    expect(bodies.JHL?.mass[0]).toBeCloseTo(0.0785, 9);
    expect(bodies.JHP?.mass[0]).toBeCloseTo(0.157, 9);
    expect(bodies.JHT).toMatchObject({ hasMass: false, mass: [0, 0, 0], massMissingCount: 1 });
    expect(bodies.JHT?.volume[0]).toBeCloseTo(2e-6, 12);
    expect(bodies.JHD?.centroid.slice(0, 3)).toEqual([0, 0, 0.04]);
  });

  it("narrows to the requested partIds", () => {
    const { bodies } = massProps("partId=JHD&partId=JHH");
    expect(bodies["-all-"]?.mass[0]).toBeCloseTo(1.3155, 9);
    expect(bodies["-all-"]?.massMissingCount).toBe(0);
    expectError(call(path("w", g.workspace, g.partStudio), "partId=NOPE"), 404);
  });

  it("uses the version's data at V1 (steel housing, no gear)", () => {
    const { bodies } = massProps("", "v", g.versionV1);
    expect(bodies["-all-"]?.mass[0]).toBeCloseTo(3.454, 9);
  });

  it("rejects assemblies and checks access", () => {
    expectError(call(path("w", g.workspace, g.topAssembly)), 400);
    const privateDoc = seedId("document", 3);
    expectError(call(path("w", seedId("workspace", 3), seedId("element", 3, 1), privateDoc)), 403);
  });

  it("matches volume × density for every accessible Part Studio", () => {
    for (const doc of accessibleDocuments(ada.id)) {
      const workspace = doc.workspaces[0];
      for (const element of workspace?.elements ?? []) {
        if (!isPartStudio(element) || !workspace) continue;
        const result = callValid<Bulk>(
          "getPartStudioMassProperties",
          path("w", workspace.id, element.id, doc.id),
          "massAsGroup=false",
        );
        for (const part of element.parts) {
          expect(result.bodies[part.partId]?.mass[0]).toBeCloseTo(partMass(part), 12);
        }
      }
    }
  });
});
