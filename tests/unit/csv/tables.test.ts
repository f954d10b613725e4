import { describe, expect, it } from "vitest";
import { encodeCsv } from "@/lib/csv/encode";
import { bomCsvRows, csvNumber, partsCsvRows } from "@/lib/csv/tables";
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
};

describe("partsCsvRows", () => {
  it("writes metric values with the table's decimals, and says when there is no material", () => {
    expect(encodeCsv(partsCsvRows([bearing, seal], "metric", "e1"))).toBe(
      "\uFEFF" +
        "Name,Part number,Material,Mass (kg),Volume (cm³),Surface area (cm²)," +
        "Centre of mass X (mm),Centre of mass Y (mm),Centre of mass Z (mm),Part id,Element id\r\n" +
        '"Lager ""Ø40"", Stahl",GX-200-003,Steel,0.0785,10.00,52.00,30.00,0.00,40.00,JHL,e1\r\n' +
        "Dichtung,,No material,,2.00,31.00,0.00,0.00,0.00,JHT,e1\r\n",
    );
  });

  it("converts to imperial units", () => {
    const [header, row] = partsCsvRows([bearing], "imperial", "e1");
    expect(header?.slice(3, 7)).toEqual([
      "Mass (lb)",
      "Volume (in³)",
      "Surface area (in²)",
      "Centre of mass X (in)",
    ]);
    // The table's decimals (4 for lb and in), not 12 digits.
    expect(row?.slice(3, 7)).toEqual(["0.1731", "0.610", "8.060", "1.1811"]);
    expect(partsCsvRows([{ ...bearing, centroidM: [-1e-9, 0, 0] }], "metric", "e1")[1]?.[6]).toBe(
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
        { id: "1", indentLevel: 0, cells: ["2", 2, "Wellenbaugruppe"] },
        { id: "2", indentLevel: 1, cells: ["2.1", 1, "Welle Ø20"] },
        { id: "3", indentLevel: 1, cells: ["2.2", null, null] },
      ],
    });
    expect(encodeCsv(rows)).toBe(
      "\uFEFFLevel,Item,Quantity,Name\r\n0,2,2,Wellenbaugruppe\r\n1,2.1,1,Welle Ø20\r\n1,2.2,,\r\n",
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
