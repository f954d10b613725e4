import { describe, expect, it } from "vitest";
import { gearboxIds as g, seedId } from "../../../emulator/seed";
import { propertyIds as p } from "../../../emulator/seed/properties";
import { bomSource, partSource } from "@/lib/onshape/mappers/bom";
import type { RawBomRow } from "@/lib/onshape/raw-types";
import type { BomPartSource, ElementRef } from "@/lib/onshape/types";
import { bomPartStudios, bomRowTarget, columnProperty } from "@/lib/properties/bom-rows";
import { gearboxProperties } from "./fixtures";

// Which BOM rows may be edited and where their writes go (lib/properties/bom-rows.ts).

const assembly: ElementRef = {
  documentId: g.document,
  wvm: "w",
  wvmId: g.workspace,
  elementId: g.topAssembly,
};
const housing: BomPartSource = {
  documentId: g.document,
  wvm: "w",
  wvmId: g.workspace,
  elementId: g.partStudio,
  partId: "JHD",
  configuration: "",
};

describe("bomRowTarget", () => {
  it("writes a part of this workspace to its own Part Studio", () => {
    expect(bomRowTarget(assembly, housing)).toEqual({
      editable: true,
      partStudio: { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio },
      partId: "JHD",
    });
  });

  it("says why a part from another document, at a version, or a version's BOM is not editable", () => {
    const other = { ...housing, documentId: seedId("document", 99), wvm: "v" as const };
    expect(bomRowTarget(assembly, other)).toMatchObject({
      editable: false,
      reason: expect.stringContaining("linked from another document"),
    });
    const versioned = { ...housing, wvm: "v" as const, wvmId: g.versionV1 };
    expect(bomRowTarget(assembly, versioned)).toMatchObject({
      editable: false,
      reason: expect.stringContaining("at a version of its Part Studio"),
    });
    expect(bomRowTarget({ ...assembly, wvm: "v", wvmId: g.versionV1 }, housing)).toMatchObject({
      editable: false,
    });
  });

  it("reads and writes a part in the configuration the assembly uses it in", () => {
    const at400 = { ...housing, configuration: "List_9rS3yBbG2XkQ7D=_400_mm" };
    expect(bomRowTarget(assembly, at400)).toMatchObject({
      editable: true,
      partStudio: { elementId: g.partStudio, configuration: "List_9rS3yBbG2XkQ7D=_400_mm" },
    });
    // Onshape's "default" is no configuration at all.
    const target = bomRowTarget(assembly, { ...housing, configuration: "default" });
    expect(target.editable && "configuration" in target.partStudio).toBe(false);
    // One metadata read per Part Studio and configuration.
    expect(bomPartStudios(assembly, [housing, at400, { ...at400, partId: "JHT" }])).toEqual([
      { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio },
      {
        documentId: g.document,
        wvm: "w",
        wvmId: g.workspace,
        elementId: g.partStudio,
        configuration: "List_9rS3yBbG2XkQ7D=_400_mm",
      },
    ]);
  });

  it("reads each Part Studio the editable rows use once", () => {
    const seal = { ...housing, partId: "JHT" };
    const linked = { ...housing, documentId: seedId("document", 99) };
    expect(bomPartStudios(assembly, [housing, null, seal, linked, undefined])).toEqual([
      { documentId: g.document, wvm: "w", wvmId: g.workspace, elementId: g.partStudio },
    ]);
  });
});

describe("partSource", () => {
  it("takes Onshape's itemSource only when every id is there and well-formed", () => {
    const raw: RawBomRow["itemSource"] = {
      documentId: g.document,
      elementId: g.partStudio,
      wvmType: "w",
      wvmId: g.workspace,
      partId: "JHD",
    };
    const of = (itemSource: RawBomRow["itemSource"]) => partSource(bomSource({ itemSource }));
    expect(of(raw)).toEqual(housing);
    expect(of({ ...raw, fullConfiguration: "Length=_400_mm" })?.configuration).toBe(
      "Length=_400_mm",
    );
    expect(of({ ...raw, partId: undefined })).toBeNull();
    expect(of({ ...raw, wvmType: "x" })).toBeNull();
    expect(of({ ...raw, elementId: "../../etc" })).toBeNull();
    expect(of(undefined)).toBeNull();
  });
});

describe("columnProperty", () => {
  it("matches a BOM column to the part property by id, then property name, then name", () => {
    const properties = gearboxProperties()[0]!.properties;
    const byId = columnProperty(
      { id: p.partNumber, name: "P/N", propertyName: "partNumber" },
      properties,
    );
    expect(byId?.name).toBe("Part number");
    const custom = columnProperty({ id: "h1", name: "Finish", propertyName: p.finish }, properties);
    expect(custom?.propertyId).toBe(p.finish);
    expect(
      columnProperty({ id: "h2", name: "Vendor", propertyName: null }, properties)?.propertyId,
    ).toBe(p.vendor);
    expect(
      columnProperty({ id: "h3", name: "Quantity", propertyName: "quantity" }, properties),
    ).toBeUndefined();
  });
});
