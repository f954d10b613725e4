import { describe, expect, it } from "vitest";
import { encodeCsv } from "@/lib/csv/encode";
import { bomCsvRows, csvNumber, partsCsvRows } from "@/lib/csv/tables";
import { partMassKey, rollUpBom } from "@/lib/bom/roll-up";
import type { PartRow } from "@/lib/onshape/types";

const bearing: PartRow = {
  partId: "JHL",
  name: 'Lager "Ø40", Stahl',
  partNumber: "GX-200-003",
  material: "Steel",
  massKg: 0.0785,
  volumeM3: 1e-5,
  areaM2: 0.0052,
  centroidM: [0.03, 0, 0.04],
  revision: "B",
  densityKgM3: 7850,
  principalInertiaKgM2: [1.14e-5, 1.14e-5, 2.09e-5],
};
const seal: PartRow = {
  partId: "JHT",
  name: "Dichtung",
  partNumber: null,
  material: null,
  massKg: null,
  volumeM3: 2e-6,
  areaM2: 0.0031,
  centroidM: [0, 0, 0],
  revision: null,
  densityKgM3: null,
  principalInertiaKgM2: null,
};

describe("partsCsvRows", () => {
  it("writes metric values with the table's decimals, and says when there is no material", () => {
    expect(encodeCsv(partsCsvRows([bearing, seal], "metric", "e1"))).toBe(
      "\uFEFF" +
        "Name,Part number,Revision,Material,Mass (kg),Volume (cm³),Surface area (cm²)," +
        "Centre of mass X (mm),Centre of mass Y (mm),Centre of mass Z (mm),Density (kg/m³)," +
        "Principal moment I1 (kg·mm²),Principal moment I2 (kg·mm²),Principal moment I3 (kg·mm²)," +
        "Part id,Element id\r\n" +
        '"Lager ""Ø40"", Stahl",GX-200-003,B,Steel,0.0785,10.00,52.00,30.00,0.00,40.00,7850,' +
        "11.40,11.40,20.90,JHL,e1\r\n" +
        "Dichtung,—,—,No material,No material,2.00,31.00,0.00,0.00,0.00," +
        "No material,No material,No material,No material,JHT,e1\r\n",
    );
  });

  it("converts to imperial units", () => {
    const [header, row] = partsCsvRows([bearing], "imperial", "e1");
    expect(header?.slice(4, 8)).toEqual([
      "Mass (lb)",
      "Volume (in³)",
      "Surface area (in²)",
      "Centre of mass X (in)",
    ]);
    // The table's decimals (4 for lb and in), not 12 digits.
    expect(row?.slice(4, 8)).toEqual(["0.1731", "0.610", "8.060", "1.1811"]);
    expect(partsCsvRows([{ ...bearing, centroidM: [-1e-9, 0, 0] }], "metric", "e1")[1]?.[7]).toBe(
      "0.00",
    );
  });
});

describe("bomCsvRows", () => {
  it("writes Onshape's columns with the nesting level first", () => {
    const rows = bomCsvRows({
      columns: [
        { id: "a", name: "Item", propertyName: "item" },
        { id: "b", name: "Quantity", propertyName: "quantity" },
        { id: "c", name: "Name", propertyName: "name" },
      ],
      rows: [
        { id: "1", indentLevel: 0, cells: ["2", 2, "Wellenbaugruppe"], source: null },
        { id: "2", indentLevel: 1, cells: ["2.1", 1, "Welle Ø20"], source: null },
        { id: "3", indentLevel: 1, cells: ["2.2", null, null], source: null },
      ],
    });
    expect(encodeCsv(rows)).toBe(
      "\uFEFFLevel,Item,Quantity,Name\r\n0,2,2,Wellenbaugruppe\r\n1,2.1,1,Welle Ø20\r\n1,2.2,—,—\r\n",
    );
  });

  it("adds total quantities, masses and a totals row that says what it leaves out", () => {
    const source = (partId: string | null) => ({
      documentId: "d",
      elementId: partId ? "ps" : "asm",
      partId,
      wvm: "v" as const,
      wvmId: "v1",
      configuration: "default",
    });
    const table = {
      columns: [
        { id: "b", name: "Quantity", propertyName: "quantity" },
        { id: "c", name: "Name", propertyName: "name" },
      ],
      rows: [
        { id: "1", indentLevel: 0, cells: [2, "Wellenbaugruppe"], source: source(null) },
        { id: "2", indentLevel: 1, cells: [2, "Lager"], source: source("JHL") },
        { id: "3", indentLevel: 0, cells: [4, "=Dichtung"], source: source("JHT") },
      ],
    };
    const masses = new Map([
      [partMassKey(source("JHL")), 0.0785],
      [partMassKey(source("JHT")), null],
    ]);
    const text = encodeCsv(bomCsvRows(table, rollUpBom(table, masses), "metric"));
    expect(text).toBe(
      "\uFEFFLevel,Quantity,Total quantity,Name,Mass each (kg),Mass note\r\n" +
        "0,2,2,Wellenbaugruppe,0.1570,\r\n" +
        "1,2,4,Lager,0.0785,\r\n" +
        // The formula guard still holds for names in the BOM.
        "0,4,4,'=Dichtung,No material,\r\n" +
        "Total,,,,0.3140,leaves out 4 parts without material\r\n",
    );
  });
});

describe("csvNumber", () => {
  it("writes dot decimals without float noise or grouping", () => {
    expect(csvNumber(1.0800000000000001)).toBe("1.08");
    expect(csvNumber(112000)).toBe("112000");
    expect(csvNumber(2.3809874780237033)).toBe("2.38098747802");
  });
});
