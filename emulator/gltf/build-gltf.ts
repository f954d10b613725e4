import { Document, NodeIO, type Material, type mat4, type Mesh } from "@gltf-transform/core";
import { multiply, translation, type Transform } from "../model/assembly-tree";
import { boxFaces } from "../model/box-geometry";
import type { SeedColor, SeedPart } from "../seed/types";

// glTF 2.0 for seeded parts: one node per part (or per assembly instance) named like it, each
// with the mesh of the part's box around its centroid, and a PBR material in the part's
// appearance colour. Units are metres. Coordinates stay Onshape's Z-up (as the export with
// yAxisIsUp false gives them); `yAxisUp` rotates the scene −90° about X into glTF's Y-up.

export type GltfNode = {
  name: string;
  part: SeedPart;
  /** Row-major 4×4 placement (assembly instances); absent for a Part Studio's parts. */
  transform?: Transform;
};

export type GltfRequest = {
  name: string;
  nodes: readonly GltfNode[];
  yAxisUp: boolean;
  binary: boolean;
};

export type GltfFile = { body: Uint8Array; contentType: string };

/** sRGB 0-255 to the linear values glTF's baseColorFactor takes. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

const colourKey = (c: SeedColor) => `${c.red},${c.green},${c.blue}`;

/** The box as 6 faces × 4 vertices (flat normals), relative to the part's centroid. */
function boxMesh(doc: Document, part: SeedPart, material: Material): Mesh {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const face of boxFaces(part)) {
    const base = positions.length / 3;
    for (const corner of face.corners) {
      positions.push(...corner.map((value, axis) => value - part.centroid[axis]!));
      normals.push(...face.normal);
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  const buffer = doc.getRoot().listBuffers()[0]!;
  const position = doc
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array(positions))
    .setBuffer(buffer);
  const normal = doc
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array(normals))
    .setBuffer(buffer);
  const index = doc
    .createAccessor()
    .setType("SCALAR")
    .setArray(new Uint16Array(indices))
    .setBuffer(buffer);
  const primitive = doc
    .createPrimitive()
    .setAttribute("POSITION", position)
    .setAttribute("NORMAL", normal)
    .setIndices(index)
    .setMaterial(material);
  return doc.createMesh(part.name).addPrimitive(primitive);
}

/** glTF matrices are column-major. */
function columnMajor(transform: Transform): mat4 {
  return Array.from(
    { length: 16 },
    (_, i) => transform[(i % 4) * 4 + Math.floor(i / 4)] ?? 0,
  ) as unknown as mat4;
}

export async function buildGltf(request: GltfRequest): Promise<GltfFile> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = "Onshape emulator";
  doc.createBuffer("geometry");
  const scene = doc.createScene(request.name);
  const parent = request.yAxisUp
    ? doc.createNode("Z-up to Y-up").setRotation([-Math.SQRT1_2, 0, 0, Math.SQRT1_2])
    : undefined;
  if (parent) scene.addChild(parent);

  const materials = new Map<string, Material>();
  const meshes = new Map<SeedPart, Mesh>();
  for (const { name, part, transform } of request.nodes) {
    const key = colourKey(part.color);
    let material = materials.get(key);
    if (!material) {
      const { red, green, blue } = part.color;
      material = doc
        .createMaterial(`rgb(${key})`)
        .setBaseColorFactor([linear(red), linear(green), linear(blue), 1])
        .setMetallicFactor(0.1)
        .setRoughnessFactor(0.6);
      materials.set(key, material);
    }
    let mesh = meshes.get(part);
    if (!mesh) {
      mesh = boxMesh(doc, part, material);
      meshes.set(part, mesh);
    }
    const [cx, cy, cz] = part.centroid;
    const node = doc.createNode(name).setMesh(mesh);
    if (transform) node.setMatrix(columnMajor(multiply(transform, translation(cx, cy, cz))));
    else node.setTranslation([cx, cy, cz]);
    if (parent) parent.addChild(node);
    else scene.addChild(node);
  }
  doc.getRoot().setDefaultScene(scene);

  const io = new NodeIO();
  if (request.binary) {
    return { body: await io.writeBinary(doc), contentType: "model/gltf-binary" };
  }
  const { json, resources } = await io.writeJSON(doc, { basename: "model" });
  // One file: the geometry goes into the JSON as a base64 data URI.
  for (const buffer of json.buffers ?? []) {
    const bytes = buffer.uri ? resources[buffer.uri] : undefined;
    if (bytes) {
      buffer.uri = `data:application/octet-stream;base64,${Buffer.from(bytes).toString("base64")}`;
    }
  }
  return {
    body: new TextEncoder().encode(JSON.stringify(json)),
    contentType: "model/gltf+json",
  };
}
