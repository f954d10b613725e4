import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, pngSignature } from "../../../emulator/api/png";
import { gearboxIds as g, seedId } from "../../../emulator/seed";
import { call, callValid, expectError, ORIGIN } from "./api-client";
import { findOperation } from "./openapi-validator";

/** Minimal PNG reader: checks signature and CRCs, returns size and decompressed data length. */
function readPng(bytes: Uint8Array) {
  expect([...bytes.subarray(0, 8)]).toEqual([...pngSignature]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (let offset = 8; offset < bytes.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length)).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === "IHDR") {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
    }
    if (type === "IDAT") idat.push(data);
    types.push(type);
    offset += 12 + length;
  }
  expect(types[0]).toBe("IHDR");
  expect(types.at(-1)).toBe("IEND");
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, rawLength: raw.length };
}

const elementThumb = (eid: string, size: string, wv = "w", id: string = g.workspace) =>
  call(`/thumbnails/d/${g.document}/${wv}/${id}/e/${eid}/s/${size}`);

describe("getElementThumbnailWithSize", () => {
  it("answers with a media type the spec declares", () => {
    for (const operationId of ["getElementThumbnailWithSize", "getDocumentThumbnailWithSize"]) {
      expect(Object.keys(findOperation(operationId).responseContent)).toContain("image/*");
    }
  });

  it.each([
    ["70x40", 70, 40],
    ["300x170", 300, 170],
    ["300x300", 300, 300],
    ["600x340", 600, 340],
  ])("renders a real %s PNG", (size, width, height) => {
    const response = elementThumb(g.partStudio, size);
    expect(response).toMatchObject({
      status: 200,
      contentType: "image/png",
      operationId: "getElementThumbnailWithSize",
    });
    const png = readPng(response.body ?? new Uint8Array());
    expect(png).toEqual({ width, height, rawLength: (width * 3 + 1) * height });
  });

  it("is deterministic and differs between versions with different content", () => {
    const a = elementThumb(g.partStudio, "300x170").body;
    expect(elementThumb(g.partStudio, "300x170").body).toEqual(a);
    expect(elementThumb(g.partStudio, "300x170", "v", g.versionV2).body).toEqual(a);
    expect(elementThumb(g.partStudio, "300x170", "v", g.versionV1).body).not.toEqual(a);
  });

  it("renders assemblies and drawings", () => {
    for (const eid of [g.topAssembly, g.drawing]) {
      expect(readPng(elementThumb(eid, "70x40").body ?? new Uint8Array()).width).toBe(70);
    }
  });

  it("answers 404 for an element without thumbnail, 400 for other sizes or m", () => {
    expectError(elementThumb(g.blob, "300x170"), 404);
    expectError(elementThumb(g.partStudio, "100x100"), 400);
    expectError(elementThumb(g.partStudio, "300x170", "m", seedId("microversion", 1)), 400);
    expectError(elementThumb(seedId("element", 1, 77), "300x170"), 404);
  });
});

describe("getDocumentThumbnailWithSize", () => {
  it("renders the document's picture", () => {
    const response = call(`/thumbnails/d/${g.document}/w/${g.workspace}/s/300x300`);
    expect(response.operationId).toBe("getDocumentThumbnailWithSize");
    expect(readPng(response.body ?? new Uint8Array())).toMatchObject({ width: 300, height: 300 });
  });

  it("checks access and the workspace", () => {
    const privateDoc = seedId("document", 3);
    expectError(call(`/thumbnails/d/${privateDoc}/w/${seedId("workspace", 3)}/s/300x170`), 403);
    expectError(call(`/thumbnails/d/${g.document}/w/${g.versionV1}/s/300x170`), 404);
  });

  it("serves every thumbnail href that document JSON advertises", () => {
    const doc = callValid<{ thumbnail: { sizes: { href: string }[] } }>(
      "getDocument",
      `/documents/${g.document}`,
    );
    expect(doc.thumbnail.sizes).toHaveLength(4);
    for (const { href } of doc.thumbnail.sizes) {
      const url = new URL(href);
      expect(url.origin).toBe(ORIGIN);
      const response = call(url.pathname.replace(/^\/api\/v16/, ""), url.search);
      expect(response.status).toBe(200);
    }
  });
});
