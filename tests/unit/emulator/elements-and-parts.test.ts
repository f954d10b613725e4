import { describe, expect, it } from "vitest";
import { gearboxIds as g, seedId } from "../../../emulator/seed";
import { call, callValid, expectError } from "./api-client";

type Element = {
  id: string;
  name: string;
  elementType: string;
  microversionId: string;
  filename?: string;
  dataType?: string;
  thumbnailInfo?: { sizes: { size: string; href: string }[] };
};
type Part = {
  partId: string;
  name: string;
  partNumber?: string;
  material?: { displayName: string; properties: { name: string; value: string }[] };
};

const elementsPath = (wvm: string, id: string) =>
  `/documents/d/${g.document}/${wvm}/${id}/elements`;
const elements = (wvm: string, id: string, query = "") =>
  callValid<Element[]>("getElementsInDocument", elementsPath(wvm, id), query);
const partsPath = (wvm: string, id: string, eid: string) =>
  `/parts/d/${g.document}/${wvm}/${id}/e/${eid}`;

describe("getElementsInDocument", () => {
  it("lists the workspace's tabs with their types", () => {
    const list = elements("w", g.workspace);
    expect(list.map((e) => [e.id, e.elementType])).toEqual([
      [g.partStudio, "PARTSTUDIO"],
      [g.shaftAssembly, "ASSEMBLY"],
      [g.topAssembly, "ASSEMBLY"],
      [g.unbuiltBomAssembly, "ASSEMBLY"],
      [g.drawing, "DRAWING"],
      [g.blob, "BLOB"],
    ]);
    expect(list.find((e) => e.id === g.blob)).toMatchObject({
      filename: "Datenblatt Lager.pdf",
      dataType: "application/pdf",
    });
  });

  it("filters by elementType and elementId", () => {
    expect(elements("w", g.workspace, "elementType=ASSEMBLY")).toHaveLength(3);
    expect(elements("w", g.workspace, `elementId=${g.drawing}`).map((e) => e.name)).toEqual([
      "Zeichnung GX-200",
    ]);
  });

  it("adds thumbnail links only with withThumbnails=true and only where one exists", () => {
    expect(elements("w", g.workspace).some((e) => e.thumbnailInfo)).toBe(false);
    const list = elements("w", g.workspace, "withThumbnails=true");
    expect(list.find((e) => e.id === g.blob)?.thumbnailInfo).toBeUndefined();
    const sizes = list.find((e) => e.id === g.partStudio)?.thumbnailInfo?.sizes ?? [];
    expect(sizes.map((s) => s.size)).toEqual(["70x40", "300x170", "300x300", "600x340"]);
  });

  it("serves versioned content; identical content keeps its element microversion", () => {
    const current = elements("w", g.workspace);
    const v2 = elements("v", g.versionV2);
    const v1 = elements("v", g.versionV1);
    expect(v2.map((e) => e.microversionId)).toEqual(current.map((e) => e.microversionId));
    expect(v1.map((e) => e.id)).toEqual([g.partStudio, g.topAssembly]);
    expect(v1[0]?.microversionId).not.toBe(current[0]?.microversionId);
    expect(elements("v", g.versionStart)).toEqual([]);
  });

  it("accepts a microversion id for m", () => {
    expect(elements("m", seedId("microversion", 1)).map((e) => e.id)).toHaveLength(6);
    expect(elements("m", seedId("microversion", 1, 2)).map((e) => e.id)).toHaveLength(2);
  });

  it("rejects bad wvm and unknown workspaces", () => {
    expectError(call(elementsPath("x", g.workspace)), 400);
    expectError(call(elementsPath("w", "123")), 400);
    expectError(call(elementsPath("w", g.versionV1)), 404); // a version id used as workspace
    expectError(
      call(`/documents/d/${seedId("document", 3)}/w/${seedId("workspace", 3)}/elements`),
      403,
    );
  });
});

describe("getPartsWMVE", () => {
  it("lists the Part Studio's parts with material and part number", () => {
    const parts = callValid<Part[]>("getPartsWMVE", partsPath("w", g.workspace, g.partStudio));
    expect(parts.map((p) => p.name)).toEqual([
      "Gehäuse",
      "Welle Ø20",
      'Lager "Ø40", Stahl',
      "Zahnrad Ü-Klasse",
      "Dichtung",
    ]);
    expect(parts[0]).toMatchObject({ partId: "JHD", partNumber: "GX-200-001" });
    expect(parts[0]?.material?.displayName).toBe("Aluminum - 6061");
    expect(parts[0]?.material?.properties).toContainEqual(
      expect.objectContaining({ name: "DENSITY", value: "2700" }),
    );
    const seal = parts.find((p) => p.partId === "JHT");
    expect(seal?.material).toBeUndefined();
    expect(seal?.partNumber).toBeUndefined();
  });

  it("returns the versioned parts at V1", () => {
    const parts = callValid<Part[]>("getPartsWMVE", partsPath("v", g.versionV1, g.partStudio));
    expect(parts.map((p) => p.partId)).toEqual(["JHD", "JHH", "JHL", "JHT"]);
    expect(parts[0]?.material?.displayName).toBe("Steel");
  });

  it("rejects elements that are not Part Studios and unknown elements", () => {
    expectError(call(partsPath("w", g.workspace, g.topAssembly)), 400);
    expectError(call(partsPath("w", g.workspace, g.blob)), 400);
    expectError(call(partsPath("w", g.workspace, seedId("element", 1, 99))), 404);
    expectError(call(partsPath("v", g.versionV1, g.drawing)), 404); // not in V1
    expectError(call(partsPath("w", g.workspace, "zz")), 400);
  });
});
