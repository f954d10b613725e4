import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGltf } from "../../../emulator/gltf/build-gltf";
import { exportNodes } from "../../../emulator/gltf/model-nodes";
import { createDocumentStore, storedSnapshot } from "../../../emulator/model/store";
import { gearboxIds as g } from "../../../emulator/seed";
import { railIds as r } from "../../../emulator/seed/configured-rail";
import { grace, soren } from "../../../emulator/seed/people";
import { expectError, send } from "./api-client";
import { httpEmulator } from "./http-emulator";
import { checkAgainstSpec } from "./openapi-validator";

// glTF the emulator serves must be valid for Khronos' own validator, and follow Onshape's
// export: one node per part named like it, the part's box at its centroid, metres, Z-up.

type GltfJson = {
  asset: { version: string };
  nodes: {
    name: string;
    mesh?: number;
    translation?: number[];
    matrix?: number[];
    rotation?: number[];
    children?: number[];
  }[];
  meshes: { name: string; primitives: { material: number }[] }[];
  materials: { pbrMetallicRoughness: { baseColorFactor: number[] } }[];
  accessors: { min?: number[]; max?: number[] }[];
  buffers: { uri?: string }[];
};

async function expectValidGltf(bytes: Uint8Array) {
  const report = await validateBytes(bytes);
  expect(report.issues.messages.filter((m) => m.severity === 0)).toEqual([]);
  expect(report.issues.numErrors).toBe(0);
  return report;
}

const gearboxSnapshot = () => {
  const store = createDocumentStore();
  const doc = store.documents.get(g.document)!;
  return storedSnapshot(store, doc, { wvm: "w", wvmId: g.workspace })!;
};

describe("buildGltf", () => {
  it("makes a valid GLB and glTF JSON of a Part Studio: a node per part at its centroid", async () => {
    const nodes = exportNodes({
      snapshot: gearboxSnapshot(),
      elementId: g.partStudio,
      configuration: undefined,
    });
    if (!nodes.ok) throw new Error(nodes.message);
    const glb = await buildGltf({
      name: nodes.name,
      nodes: nodes.nodes,
      yAxisUp: false,
      binary: true,
    });
    expect(glb.contentType).toBe("model/gltf-binary");
    expect(new TextDecoder().decode(glb.body.subarray(0, 4))).toBe("glTF");
    const report = await expectValidGltf(glb.body);
    expect(report.info?.drawCallCount).toBe(5);

    const gltf = await buildGltf({
      name: nodes.name,
      nodes: nodes.nodes,
      yAxisUp: false,
      binary: false,
    });
    expect(gltf.contentType).toBe("model/gltf+json");
    await expectValidGltf(gltf.body);
    const json = JSON.parse(new TextDecoder().decode(gltf.body)) as GltfJson;
    expect(checkAgainstSpec("exportPartStudioGltf", json, "model/gltf+json").errors).toEqual([]);
    expect(json.asset.version).toBe("2.0");
    expect(json.buffers[0]?.uri).toMatch(/^data:application\/octet-stream;base64,/);
    expect(json.nodes.map((n) => [n.name, n.translation ?? [0, 0, 0]])).toEqual([
      ["Gehäuse", [0, 0, 0.04]],
      ["Welle Ø20", [0, 0, 0.04]],
      ['Lager "Ø40", Stahl', [0.03, 0, 0.04]],
      ["Zahnrad Ü-Klasse", [-0.03, 0, 0.04]],
      ["Dichtung", [0, 0, 0]],
    ]);
    // The housing's mesh is its 0.2 × 0.12 × 0.08 m box around the node.
    const position = json.accessors[0]!;
    expect(position.min?.map((v) => Number(v.toFixed(6)))).toEqual([-0.1, -0.06, -0.04]);
    expect(position.max?.map((v) => Number(v.toFixed(6)))).toEqual([0.1, 0.06, 0.04]);
    // Colour: the housing's appearance rgb(160, 164, 172), as linear values.
    const factor =
      json.materials[json.meshes[0]!.primitives[0]!.material]!.pbrMetallicRoughness.baseColorFactor;
    expect(factor.map((v) => Number(v.toFixed(4)))).toEqual([0.3515, 0.3712, 0.4125, 1]);
  });

  it("places assembly instances by their occurrence transforms, and can turn Z-up into Y-up", async () => {
    const nodes = exportNodes({
      snapshot: gearboxSnapshot(),
      elementId: g.topAssembly,
      configuration: undefined,
    });
    if (!nodes.ok) throw new Error(nodes.message);
    expect(nodes.nodes).toHaveLength(13);
    const file = await buildGltf({
      name: nodes.name,
      nodes: nodes.nodes,
      yAxisUp: true,
      binary: false,
    });
    await expectValidGltf(file.body);
    const json = JSON.parse(new TextDecoder().decode(file.body)) as GltfJson;
    const root = json.nodes.find((n) => n.name === "Z-up to Y-up");
    expect(root?.rotation?.map((v) => Number(v.toFixed(6)))).toEqual([-0.707107, 0, 0, 0.707107]);
    expect(root?.children).toHaveLength(13);
    // Lager <2> in Wellenbaugruppe <2>: instance offset (0.25, 0.1, 0) plus its centroid (0.03, 0, 0.04).
    const bearings = json.nodes.filter((n) => n.name === 'Lager "Ø40", Stahl <2>');
    expect(bearings.map((n) => n.translation?.map((v) => Number(v.toFixed(6))))).toEqual([
      [0.03, 0.1, 0.04],
      [0.28, 0.1, 0.04],
    ]);
  });
});

describe("exportPartStudioGltf and the download behind its 307", () => {
  let http: Awaited<ReturnType<typeof httpEmulator>>;
  beforeAll(async () => {
    http = await httpEmulator();
  });
  afterAll(() => http.close());

  const railPath = `/partstudios/d/${r.document}/w/${r.workspace}/e/${r.partStudio}/gltf`;

  it("redirects to the emulator's origin, where the file needs the token again", async () => {
    const response = await http.api(`${railPath}?configuration=EndCaps%3Dfalse`, {
      headers: { accept: "model/gltf-binary" },
    });
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin).toBe(http.emulator.url);
    expect(location.pathname).toMatch(
      /^\/download\/partstudios\/d\/[0-9a-f]{24}\/m\/[0-9a-f]{24}\/e\/[0-9a-f]{24}\/gltf$/,
    );
    expect((await http.api(location.toString(), { token: null })).status).toBe(401);
    const file = await http.api(location.toString());
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("model/gltf-binary");
    const report = await expectValidGltf(new Uint8Array(await file.arrayBuffer()));
    expect(report.info?.drawCallCount).toBe(2); // rail and plate: no end caps
    const counters = (await http.control("/counters")).json as {
      calls: Record<string, number>;
      downloads: Record<string, number>;
    };
    expect(counters.calls.exportPartStudioGltf).toBe(1);
    expect(counters.downloads).toMatchObject({ "200": 1, "401": 1 });
  });

  it("serves glTF JSON by default, one part with exportPartGltf, and checks access again", async () => {
    const response = await http.api(
      `/parts/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/partid/JHL/gltf`,
    );
    expect(response.status).toBe(307);
    const location = response.headers.get("location") ?? "";
    const file = await http.api(location);
    expect(file.headers.get("content-type")).toBe("model/gltf+json");
    const json = (await file.json()) as GltfJson;
    expect(json.nodes.map((n) => n.name)).toEqual(['Lager "Ø40", Stahl']);
    const sorens = http.tokenFor({ userId: soren.id });
    expect((await http.api(location, { token: sorens })).status).toBe(200); // Søren may read the gearbox
    const pump = await http.api(
      `/partstudios/d/d0c000000000000000000200/w/a0a000000000000000000200/e/e0e000000000000000000201/gltf`,
    );
    const pumpLocation = pump.headers.get("location") ?? "";
    expect((await http.api(pumpLocation, { token: sorens })).status).toBe(403);
  });

  it("pins the microversion: an edit after the redirect does not change the file", async () => {
    const response = await http.api(
      `/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/gltf`,
    );
    const location = response.headers.get("location") ?? "";
    await http.control("/edit-part", {
      documentId: g.document,
      workspaceId: g.workspace,
      elementId: g.partStudio,
      partId: "JHD",
      name: "Anders",
    });
    const json = (await (await http.api(location)).json()) as GltfJson;
    expect(json.nodes[0]?.name).toBe("Gehäuse");
    await http.control("/reset", {});
  });

  it("answers 400 for Assemblies and unknown parts before redirecting", () => {
    expectError(send(`/partstudios/d/${g.document}/w/${g.workspace}/e/${g.topAssembly}/gltf`), 400);
    expectError(
      send(`/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/gltf`, {
        query: "partId=NOPE",
      }),
      404,
    );
    expectError(
      send(`/partstudios/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/gltf`, {
        user: grace,
        query: "configuration=X%3D1",
      }),
      400,
    );
  });
});
