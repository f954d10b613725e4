import { describe, expect, it } from "vitest";
import { gearboxIds as g } from "../../../emulator/seed";
import {
  bomRowsByPart,
  occurrenceParts,
  partKey,
  toEntityOwners,
} from "@/lib/onshape/mappers/selection";
import type { RawAssemblyDefinition, RawBodyDetails, RawBom } from "@/lib/onshape/raw-types";
import { callValid } from "../emulator/api-client";

// What the right panel combines in the browser, mapped from the local Onshape's JSON (checked
// against Onshape's spec by callValid).

const at = (path: string, eid: string) => `/${path}/d/${g.document}/w/${g.workspace}/e/${eid}`;

describe("selection data", () => {
  it("knows which part owns each face, edge and vertex", () => {
    const details = callValid<RawBodyDetails>(
      "getPartStudioBodyDetails",
      `${at("partstudios", g.partStudio)}/bodydetails`,
      "includeGeometricData=false",
    );
    const owners = toEntityOwners(details);
    const body = details.bodies!.find((b) => b.id === "JHL")!;
    expect(body.faces!.length).toBe(6);
    for (const face of body.faces!) expect(owners[face.id!]).toBe("JHL");
    for (const edge of body.edges ?? []) expect(owners[edge.id!]).toBe("JHL");
    expect(new Set(Object.values(owners))).toEqual(new Set(["JHD", "JHH", "JHL", "JHP", "JHT"]));
  });

  it("resolves every occurrence path to the part instanced there, through sub-assemblies", () => {
    const definition = callValid<RawAssemblyDefinition>(
      "getAssemblyDefinition",
      at("assemblies", g.topAssembly),
      "",
    );
    const parts = occurrenceParts(definition);
    // Housing and 4 seals at the top; twice the sub-assembly's shaft, 2 bearings and gear.
    const names = Object.values(parts).map((instance) => instance.partId);
    expect(names.sort()).toEqual(
      [
        "JHD",
        "JHT",
        "JHT",
        "JHT",
        "JHT",
        "JHH",
        "JHH",
        "JHL",
        "JHL",
        "JHL",
        "JHL",
        "JHP",
        "JHP",
      ].sort(),
    );
    for (const [path, instance] of Object.entries(parts)) {
      expect(path.split("/").at(-1)).toBe(instance.id);
    }
  });

  it("reads quantities, names and materials of the flattened BOM by part", () => {
    const bom = callValid<RawBom>(
      "getBillOfMaterials",
      `${at("assemblies", g.topAssembly)}/bom`,
      "indented=false&multiLevel=true&generateIfAbsent=true",
    );
    const rows = bomRowsByPart(bom);
    expect(
      rows[partKey({ documentId: g.document, elementId: g.partStudio, partId: "JHH" })],
    ).toEqual({ name: "Welle Ø20", partNumber: "GX-200-002", material: "Steel", quantity: 2 });
  });
});
