import { describe, expect, it } from "vitest";
import { gearboxIds as g, pumpIds } from "../../../emulator/seed";
import { call, callValid, expectError } from "./api-client";

type Header = { id: string; name: string; propertyName: string; visible: boolean };
type Row = {
  indentLevel: number;
  headerIdToValue: Record<string, unknown>;
  itemSource: { documentId: string; elementId: string; partId?: string; wvmType: string };
};
type Bom = { headers: Header[]; rows: Row[] };

const bomPath = (eid: string, wvm = "w", id: string = g.workspace, did: string = g.document) =>
  `/assemblies/d/${did}/${wvm}/${id}/e/${eid}/bom`;
const bom = (query = "", eid: string = g.topAssembly, wvm = "w", id: string = g.workspace) =>
  callValid<Bom>("getBillOfMaterials", bomPath(eid, wvm, id), query);

/** Rows as `{propertyName: value}` objects, the way the app reads them. */
function table(result: Bom) {
  return result.rows.map((row) => ({
    indentLevel: row.indentLevel,
    ...Object.fromEntries(result.headers.map((h) => [h.propertyName, row.headerIdToValue[h.id]])),
  })) as { indentLevel: number; item: string; quantity: number; name: string; material: unknown }[];
}

describe("getBillOfMaterials", () => {
  it("has Onshape's standard columns, Revision hidden", () => {
    const { headers } = bom();
    expect(headers.map((h) => h.propertyName)).toEqual([
      "item",
      "quantity",
      "partNumber",
      "name",
      "description",
      "material",
      "revision",
    ]);
    expect(headers.find((h) => h.propertyName === "revision")?.visible).toBe(false);
    expect(bom("onlyVisibleColumns=true").headers).toHaveLength(6);
  });

  it("is indented and top-level only by default", () => {
    const rows = table(bom());
    expect(rows.map((r) => [r.indentLevel, r.item, r.name, r.quantity])).toEqual([
      [0, "1", "Gehäuse", 1],
      [0, "2", "Wellenbaugruppe", 2],
      [0, "3", "Dichtung", 4],
    ]);
  });

  it("shows sub-assembly children with multiLevel=true", () => {
    const result = bom("indented=true&multiLevel=true");
    const rows = table(result);
    expect(rows.map((r) => [r.indentLevel, r.item, r.name, r.quantity])).toEqual([
      [0, "1", "Gehäuse", 1],
      [0, "2", "Wellenbaugruppe", 2],
      [1, "2.1", "Welle Ø20", 1],
      [1, "2.2", 'Lager "Ø40", Stahl', 2],
      [1, "2.3", "Zahnrad Ü-Klasse", 1],
      [0, "3", "Dichtung", 4],
    ]);
    expect(result.rows[1]?.itemSource).toMatchObject({ elementId: g.shaftAssembly, wvmType: "w" });
    expect(result.rows[1]?.itemSource.partId).toBeUndefined();
    expect(result.rows[2]?.itemSource).toMatchObject({ elementId: g.partStudio, partId: "JHH" });
  });

  it("flattens with indented=false, multiplying quantities through sub-assemblies", () => {
    const rows = table(bom("indented=false"));
    expect(rows.map((r) => [r.indentLevel, r.name, r.quantity])).toEqual([
      [0, "Gehäuse", 1],
      [0, "Welle Ø20", 2],
      [0, 'Lager "Ø40", Stahl', 4],
      [0, "Zahnrad Ü-Klasse", 2],
      [0, "Dichtung", 4],
    ]);
    expect(rows[0]?.material).toMatchObject({ displayName: "Aluminum - 6061" });
    expect(rows[4]?.material).toBeNull();
  });

  it("answers 404 for an assembly without a BOM unless generateIfAbsent=true", () => {
    expectError(call(bomPath(g.unbuiltBomAssembly)), 404);
    expectError(call(bomPath(g.unbuiltBomAssembly), "generateIfAbsent=false"), 404);
    const generated = table(bom("generateIfAbsent=true", g.unbuiltBomAssembly));
    expect(generated.map((r) => [r.name, r.quantity])).toEqual([
      ["Gehäuse", 1],
      ["Welle Ø20", 1],
      ['Lager "Ø40", Stahl', 2],
    ]);
    // The emulator is stateless: generating does not persist.
    expectError(call(bomPath(g.unbuiltBomAssembly)), 404);
  });

  it("returns the version's BOM at V1", () => {
    const rows = table(bom("multiLevel=true", g.topAssembly, "v", g.versionV1));
    expect(rows.map((r) => [r.name, r.quantity])).toEqual([
      ["Gehäuse", 1],
      ["Welle Ø20", 1],
      ['Lager "Ø40", Stahl', 2],
      ["Dichtung", 4],
    ]);
    expect(rows[0]?.material).toMatchObject({ displayName: "Steel" });
  });

  it("works on a document shared read-only", () => {
    const result = callValid<Bom>(
      "getBillOfMaterials",
      bomPath(pumpIds.assembly, "w", pumpIds.workspace, pumpIds.document),
    );
    expect(table(result).map((r) => r.quantity)).toEqual([1, 1, 1, 6]);
  });

  it("rejects Part Studios and drawings, unknown elements and bad ids", () => {
    expectError(call(bomPath(g.partStudio)), 400);
    expectError(call(bomPath(g.drawing)), 400);
    expectError(call(bomPath(g.unbuiltBomAssembly, "v", g.versionV1)), 404);
    expectError(call(bomPath(g.topAssembly, "q")), 400);
  });

  it("can include the top-level assembly row", () => {
    const result = bom("includeTopLevelAssemblyRow=true");
    expect(checkTopRow(result)).toBe("Getriebe GX-200");
  });
});

function checkTopRow(result: Bom): unknown {
  const top = (result as Bom & { topLevelAssemblyRow?: Row }).topLevelAssemblyRow;
  const nameHeader = result.headers.find((h) => h.propertyName === "name");
  return nameHeader ? top?.headerIdToValue[nameHeader.id] : undefined;
}
