import { describe, expect, it } from "vitest";
import { gearboxIds as g } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { expectError, expectValid, send } from "./api-client";

type Vector = { x: number; y: number; z: number };
type Face = {
  id: string;
  area?: number;
  surface?: { type: string; normal: Vector; origin: Vector };
};
type BodyDetails = {
  bodies: {
    id: string;
    type: string;
    properties: { name: string };
    faces: Face[];
    edges: { id: string; vertices: string[] }[];
    vertices: { id: string }[];
  }[];
};

const bodyDetails = (query = "", base = `/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`) =>
  expectValid<BodyDetails>(
    "getPartStudioBodyDetails",
    send(`/partstudios${base}/bodydetails`, { query }),
  );

describe("getPartStudioBodyDetails", () => {
  it("has one solid body per part, its id the part id, with six faces, twelve edges, eight vertices", () => {
    const { bodies } = bodyDetails();
    expect(bodies.map((b) => [b.id, b.type, b.properties.name])).toEqual([
      ["JHD", "SOLID", "Gehäuse"],
      ["JHH", "SOLID", "Welle Ø20"],
      ["JHL", "SOLID", 'Lager "Ø40", Stahl'],
      ["JHP", "SOLID", "Zahnrad Ü-Klasse"],
      ["JHT", "SOLID", "Dichtung"],
    ]);
    for (const body of bodies) {
      expect(body.faces).toHaveLength(6);
      expect(body.edges).toHaveLength(12);
      expect(body.vertices).toHaveLength(8);
    }
    expect(bodies[0]?.faces.map((f) => f.id)).toEqual([
      "JHDA",
      "JHDB",
      "JHDC",
      "JHDD",
      "JHDE",
      "JHDF",
    ]);
  });

  it("gives short ids unique within the Part Studio, the same on every call and configuration", () => {
    const ids = bodyDetails().bodies.flatMap((b) => [
      b.id,
      ...b.faces.map((f) => f.id),
      ...b.edges.map((e) => e.id),
      ...b.vertices.map((v) => v.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[A-Z]{3,4}$/.test(id))).toBe(true);
    expect(bodyDetails()).toEqual(bodyDetails());
    const rail = `/d/${r.document}/w/${r.workspace}/e/${r.partStudio}`;
    const short = bodyDetails(`configuration=${encodeURIComponent(`${r.length}=_100_mm`)}`, rail);
    const long = bodyDetails(`configuration=${encodeURIComponent(`${r.length}=_400_mm`)}`, rail);
    expect(short.bodies[0]?.faces.map((f) => f.id)).toEqual(long.bodies[0]?.faces.map((f) => f.id));
    // The rail's +X end moves with the length.
    expect(short.bodies[0]?.faces[1]?.surface?.origin.x).toBeCloseTo(0.1, 12);
    expect(long.bodies[0]?.faces[1]?.surface?.origin.x).toBeCloseTo(0.4, 12);
    expect(bodyDetails("configuration=EndCaps%3Dfalse", rail).bodies.map((b) => b.id)).toEqual([
      "JRD",
      "JRH",
    ]);
  });

  it("describes the faces of the housing's box (0.2 × 0.12 × 0.08 m around (0, 0, 0.04))", () => {
    const faces = bodyDetails().bodies[0]?.faces ?? [];
    expect(faces.map((f) => f.surface?.type)).toEqual(Array(6).fill("PLANE"));
    expect(faces[0]?.surface?.normal).toMatchObject({ x: -1, y: 0, z: 0 });
    expect(faces[0]?.surface?.origin).toMatchObject({ x: -0.1, y: 0, z: 0.04 });
    expect(faces[5]?.surface?.normal).toMatchObject({ x: 0, y: 0, z: 1 });
    expect(faces[5]?.surface?.origin.z).toBeCloseTo(0.08, 15);
    expect(faces.map((f) => f.area)).toEqual([
      expect.closeTo(0.0096, 15),
      expect.closeTo(0.0096, 15),
      expect.closeTo(0.016, 15),
      expect.closeTo(0.016, 15),
      expect.closeTo(0.024, 15),
      expect.closeTo(0.024, 15),
    ]);
  });

  it("narrows with partIds, leaves geometry out on request, and refuses assemblies", () => {
    expect(bodyDetails("partIds=JHH&partIds=JHT").bodies.map((b) => b.id)).toEqual(["JHH", "JHT"]);
    const bare = bodyDetails("includeGeometricData=false").bodies[0]?.faces[0];
    expect(bare).toEqual({ btType: "BTExportModelFace-1363", id: "JHDA", orientation: true });
    expectError(
      send(`/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/bodydetails`, {
        query: "partIds=NOPE",
      }),
      404,
    );
    expectError(
      send(`/partstudios/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/bodydetails`),
      400,
    );
  });
});

type Instance = {
  id: string;
  type: string;
  name: string;
  documentId: string;
  elementId: string;
  partId?: string;
  configuration: string;
};
type Definition = {
  rootAssembly: {
    elementId: string;
    instances: Instance[];
    occurrences: { path: string[]; transform: number[] }[];
  };
  subAssemblies: { elementId: string; instances: Instance[] }[];
  parts: { elementId: string; partId: string }[];
};

const definition = (
  eid: string = g.topAssembly,
  query = "",
  base = `/d/${g.document}/w/${g.workspace}`,
) =>
  expectValid<Definition>("getAssemblyDefinition", send(`/assemblies${base}/e/${eid}`, { query }));

describe("getAssemblyDefinition", () => {
  it("lists the root's instances one by one, with Onshape-like ids and names", () => {
    const { rootAssembly } = definition();
    expect(rootAssembly.elementId).toBe(g.topAssembly);
    expect(rootAssembly.instances.map((i) => [i.type, i.name, i.elementId, i.partId])).toEqual([
      ["Part", "Gehäuse <1>", g.partStudio, "JHD"],
      ["Assembly", "Wellenbaugruppe <1>", g.shaftAssembly, undefined],
      ["Assembly", "Wellenbaugruppe <2>", g.shaftAssembly, undefined],
      ["Part", "Dichtung <1>", g.partStudio, "JHT"],
      ["Part", "Dichtung <2>", g.partStudio, "JHT"],
      ["Part", "Dichtung <3>", g.partStudio, "JHT"],
      ["Part", "Dichtung <4>", g.partStudio, "JHT"],
    ]);
    const ids = rootAssembly.instances.map((i) => i.id);
    expect(ids.every((id) => /^M[0-9A-Za-z]{16}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(7);
    expect(definition().rootAssembly.instances.map((i) => i.id)).toEqual(ids);
  });

  it("has an occurrence per instance at every level; paths resolve to parts", () => {
    const def = definition();
    const { occurrences, instances } = def.rootAssembly;
    expect(occurrences).toHaveLength(7 + 2 * 4);
    const sub = def.subAssemblies[0];
    expect(def.subAssemblies).toHaveLength(1);
    expect(sub?.elementId).toBe(g.shaftAssembly);
    expect(sub?.instances.map((i) => i.name)).toEqual([
      "Welle Ø20 <1>",
      'Lager "Ø40", Stahl <1>',
      'Lager "Ø40", Stahl <2>',
      "Zahnrad Ü-Klasse <1>",
    ]);
    const byId = new Map([...instances, ...(sub?.instances ?? [])].map((i) => [i.id, i]));
    const leaves = occurrences
      .map((o) => byId.get(o.path.at(-1) ?? ""))
      .filter((i) => i?.type === "Part");
    expect(leaves.map((i) => i?.partId).sort()).toEqual(
      [
        "JHD",
        "JHH",
        "JHH",
        "JHL",
        "JHL",
        "JHL",
        "JHL",
        "JHP",
        "JHP",
        "JHT",
        "JHT",
        "JHT",
        "JHT",
      ].sort(),
    );
    expect(def.parts.map((p) => p.partId).sort()).toEqual(["JHD", "JHH", "JHL", "JHP", "JHT"]);
  });

  it("places copies apart: row-major 4×4 transforms in metres, composed through sub-assemblies", () => {
    const { rootAssembly, subAssemblies } = definition();
    const second = rootAssembly.instances[2]!; // Wellenbaugruppe <2>
    const bearing2 = subAssemblies[0]!.instances[2]!; // Lager <2> inside it
    const occurrence = rootAssembly.occurrences.find(
      (o) => o.path.join("/") === `${second.id}/${bearing2.id}`,
    );
    expect(occurrence?.transform).toEqual([1, 0, 0, 0.25, 0, 1, 0, 0.1, 0, 0, 1, 0, 0, 0, 0, 1]);
    const first = rootAssembly.occurrences.find(
      (o) => o.path.join("/") === rootAssembly.instances[0]!.id,
    );
    expect(first?.transform).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it("follows the assembly's configuration and carries the instances' configurations", () => {
    const base = `/d/${r.document}/w/${r.workspace}`;
    const plain = definition(r.assembly, "", base).rootAssembly.instances;
    const doubled = definition(r.assembly, "configuration=SecondRail%3Dtrue", base).rootAssembly
      .instances;
    expect(plain.map((i) => i.name)).toEqual([
      "Schiene <1>",
      "Grundplatte <1>",
      "Endkappe links <1>",
      "Endkappe rechts <1>",
    ]);
    expect(doubled.map((i) => i.name)).toEqual([
      "Schiene <1>",
      "Schiene <2>",
      "Grundplatte <1>",
      "Endkappe links <1>",
      "Endkappe rechts <1>",
    ]);
    expect(doubled[0]?.id).toBe(plain[0]?.id);
    expect(plain[0]?.configuration).toBe(`${r.length}=_400_mm`);
    expectError(
      send(`/assemblies${base}/e/${r.assembly}`, { query: "configuration=Nope%3D1" }),
      400,
    );
  });

  it("refuses Part Studios and unknown elements", () => {
    expectError(send(`/assemblies/d/${g.document}/w/${g.workspace}/e/${g.partStudio}`), 400);
    expectError(send(`/assemblies/d/${g.document}/v/${g.versionV1}/e/${g.shaftAssembly}`), 404);
  });
});
