import { describe, expect, it } from "vitest";
import { propertyIds as p } from "../../../emulator/seed/properties";
import { encodeCsv } from "@/lib/csv/encode";
import { parseCsvFile } from "@/lib/csv/parse";
import { planImport } from "@/lib/properties/import-plan";
import { gearboxIds as g, gearboxProperties } from "./fixtures";

const e = g.partStudio;
const header = ["Name", "Part number", "Material", "Mass (kg)", "Part id", "Element id"];
const exported = [
  ["Gehäuse", "GX-200-001", "Aluminum - 6061", "1.08", "JHD", e],
  ["Welle Ø20", "GX-200-002", "Steel", "0.2355", "JHH", e],
  ['Lager "Ø40", Stahl', "GX-200-003", "Steel", "0.0785", "JHL", e],
  ["Zahnrad Ü-Klasse", "GX-200-004", "Steel", "0.157", "JHP", e],
  ["Dichtung", "", "No material", "", "JHT", e],
];

function plan(rows: string[][], head = header, elementId = e) {
  const parsed = parseCsvFile(new TextEncoder().encode(encodeCsv([head, ...rows])));
  if (!parsed.ok) throw new Error(parsed.problem);
  return planImport({ table: parsed.table, elementId, parts: gearboxProperties() });
}

function preview(rows: string[][], head = header) {
  const result = plan(rows, head);
  if (!result.ok) throw new Error(result.problem);
  return result.preview;
}

describe("planImport", () => {
  it("finds nothing to do in an unedited export, and says which columns it leaves alone", () => {
    const result = preview(exported);
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.unchangedRows).toBe(5);
    expect(result.columns).toEqual(["Name", "Part number"]);
    expect(result.ignoredColumns.map((c) => c.name)).toEqual(["Material", "Mass (kg)"]);
  });

  it("plans exactly the changed cells, old → new, keyed by part id whatever the row order", () => {
    const edited = exported.map((row) => [...row]).reverse();
    edited[4]![1] = "GX-300-001"; // JHD
    edited[0]![1] = "DI-7"; // JHT, was empty
    edited[2]![0] = "Lager Ø40"; // JHL
    const result = preview(edited);
    expect(result.rows).toEqual([
      {
        row: 2,
        partId: "JHT",
        partName: "Dichtung",
        changes: [
          {
            propertyId: p.partNumber,
            name: "Part number",
            old: "",
            new: "DI-7",
            oldText: "",
            newText: "DI-7",
          },
        ],
      },
      {
        row: 4,
        partId: "JHL",
        partName: 'Lager "Ø40", Stahl',
        changes: [
          {
            propertyId: p.name,
            name: "Name",
            old: 'Lager "Ø40", Stahl',
            new: "Lager Ø40",
            oldText: 'Lager "Ø40", Stahl',
            newText: "Lager Ø40",
          },
        ],
      },
      {
        row: 6,
        partId: "JHD",
        partName: "Gehäuse",
        changes: [
          {
            propertyId: p.partNumber,
            name: "Part number",
            old: "GX-200-001",
            new: "GX-300-001",
            oldText: "GX-200-001",
            newText: "GX-300-001",
          },
        ],
      },
    ]);
    expect(result.unchangedRows).toBe(2);
  });

  it("sets other properties from columns named like them (enum by label, numbers, yes/no)", () => {
    const result = preview(
      [["JHH", e, "Verzinkt", "14", "ja", "Ltd"]],
      ["Part id", "Element id", "Oberfläche", "Lieferzeit (Tage)", "Prüfpflichtig", "vendor"],
    );
    expect(result.rows[0]?.changes.map((c) => [c.name, c.old, c.new])).toEqual([
      ["Oberfläche", "BLANK", "VERZINKT"],
      ["Lieferzeit (Tage)", null, 14],
      ["Prüfpflichtig", false, true],
      ["Vendor", "", "Ltd"],
    ]);
  });

  it("says why it will not write a row: unknown id, duplicate, invalid value, no id", () => {
    const result = preview([
      ["Gehäuse", "GX 200", "", "", "JHD", e],
      ["Welle", "GX-1", "", "", "JHH", e],
      ["Welle", "GX-2", "", "", "JHH", e],
      ["Neu", "N-1", "", "", "XYZ", e],
      ["", "", "", "", "", ""],
      ["Lager", "L-1", "", "", "", e],
      ["", "GX-200-004", "", "", "JHP", e],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.skipped).toEqual([
      {
        row: 2,
        partId: "JHD",
        reason: expect.stringMatching(/Invalid value: "GX 200" is not a valid Part number/),
      },
      {
        row: 3,
        partId: "JHH",
        reason: "Duplicate row: part JHH is in rows 3, 4; none of them is written.",
      },
      {
        row: 4,
        partId: "JHH",
        reason: "Duplicate row: part JHH is in rows 3, 4; none of them is written.",
      },
      { row: 5, partId: "XYZ", reason: expect.stringMatching(/Unknown part id "XYZ"/) },
      { row: 6, partId: null, reason: "The row has no part id." },
      { row: 7, partId: null, reason: "The row has no part id." },
      { row: 8, partId: "JHP", reason: "Invalid value: Name is required." },
    ]);
  });

  it("refuses a file without the id columns, of another element, or with a column twice", () => {
    expect(
      plan(
        exported.map((r) => r.slice(0, 4)),
        header.slice(0, 4),
      ),
    ).toEqual({
      ok: false,
      problem: expect.stringMatching(/has no Part id and Element id column/),
    });
    expect(plan(exported, header, "e0e000000000000000000999")).toEqual({
      ok: false,
      problem: expect.stringMatching(/parts CSV of another element/),
    });
    expect(plan([["JHD", e, "a", "b"]], ["Part id", "Element id", "Vendor", "VENDOR"])).toEqual({
      ok: false,
      problem: 'The column "VENDOR" appears twice in the header.',
    });
  });
});
