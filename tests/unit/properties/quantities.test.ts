import { describe, expect, it } from "vitest";
import { propertyIds as p } from "../../../emulator/seed/properties";
import { encodeCsv } from "@/lib/csv/encode";
import { parseCsvFile } from "@/lib/csv/parse";
import { partsCsvRows } from "@/lib/csv/tables";
import { toMetadataValue, toPartProperty } from "@/lib/onshape/mappers/metadata";
import type { RawMetadataProperty } from "@/lib/onshape/raw-types";
import type { PartProperties, PartRow } from "@/lib/onshape/types";
import { planImport } from "@/lib/properties/import-plan";
import { displayValue, parseInput, sameValue } from "@/lib/properties/rules";
import { planPartWrite } from "@/lib/properties/write-part";
import { gearboxIds as g, gearboxProperties } from "./fixtures";

// Whole numbers (INT) and values with units (VALUE_WITH_UNITS) as Onshape's metadata gives
// them: mapped, parsed in any unit of their dimension, checked against the validator in the
// property's own unit, and written back in the form Onshape gave them.

const raw = (extra: Record<string, unknown>) =>
  ({
    propertyId: "c1",
    name: "Zuschnittlänge",
    editable: true,
    computedProperty: false,
    ...extra,
  }) as RawMetadataProperty;

const cutLength = (value: unknown, extra: Record<string, unknown> = {}) =>
  toPartProperty(
    raw({ valueType: "VALUE_WITH_UNITS", value, validator: { min: 1, max: 6000 }, ...extra }),
  );

describe("INT properties", () => {
  it("are editable as whole numbers, as real Onshape names them", () => {
    const days = toPartProperty(
      raw({ name: "Lieferzeit", valueType: "INT", value: 21, validator: { min: 0, max: 365 } }),
    );
    expect(days).toMatchObject({ valueType: "INT", editable: true, readOnlyReason: null });
    expect(parseInput(days, "30")).toEqual({ ok: true, value: 30 });
    expect(parseInput(days, "2,5")).toMatchObject({ ok: false, problem: /whole number/ });
    expect(parseInput(days, "400")).toMatchObject({ ok: false, problem: /between 0 and 365/ });
    // The name this app once used is no Onshape type: shown, not edited.
    expect(toPartProperty(raw({ valueType: "INTEGER", value: 21 })).editable).toBe(false);
  });
});

describe("VALUE_WITH_UNITS properties", () => {
  it("map Onshape's text or number-with-units value to a number in the property's unit", () => {
    expect(cutLength("250 mm")).toMatchObject({
      valueType: "VALUE_WITH_UNITS",
      value: 250,
      editable: true,
      quantity: { dimension: "LENGTH", unit: "millimeter", spelling: "mm", form: "text" },
    });
    expect(cutLength({ value: 0.25, units: "meter" })).toMatchObject({
      value: 0.25,
      editable: true,
      quantity: { dimension: "LENGTH", unit: "meter", spelling: "meter", form: "number" },
    });
    // Empty, the unit comes from the property's default.
    expect(cutLength("", { defaultValue: "100 mm" })).toMatchObject({
      value: null,
      editable: true,
      quantity: { unit: "millimeter" },
    });
    // The default's unit is the property's: a value in another unit is converted to it.
    expect(cutLength("0.3 m", { defaultValue: "100 mm" })).toMatchObject({
      value: 300,
      quantity: { unit: "millimeter", spelling: "mm", form: "text" },
    });
    expect(cutLength("12 parsec")).toMatchObject({
      value: "12 parsec",
      editable: false,
      readOnlyReason: "Onshape gives it no unit this app knows: change it in Onshape.",
    });
    const mass = toPartProperty(
      raw({
        name: "Mass",
        valueType: "VALUE_WITH_UNITS",
        value: "1.08 kg",
        computedProperty: true,
      }),
    );
    expect(mass).toMatchObject({ editable: false, readOnlyReason: "Onshape computes it." });
    expect(displayValue(mass, mass.value)).toBe("1.08 kg");
  });

  it("read any unit of the same dimension, with a decimal comma, into the property's unit", () => {
    const length = cutLength("250 mm");
    expect(parseInput(length, "0,25 m")).toEqual({ ok: true, value: 250 });
    expect(parseInput(length, "25 cm")).toEqual({ ok: true, value: 250 });
    expect(parseInput(length, "250")).toEqual({ ok: true, value: 250 });
    expect(parseInput(length, "2 in")).toEqual({ ok: true, value: 50.8 });
    expect(parseInput(length, "1 ft")).toEqual({ ok: true, value: 304.8 });
    expect(parseInput(length, "")).toEqual({ ok: true, value: null });
    expect(parseInput(length, "2 kg")).toEqual({
      ok: false,
      problem: 'Zuschnittlänge: "kg" is not a unit of length (use mm, cm, m, in, ft, yd).',
    });
    expect(parseInput(length, "lang")).toEqual({
      ok: false,
      problem: 'Zuschnittlänge must be a length such as 250 mm, not "lang".',
    });
    const angle = toPartProperty(raw({ valueType: "VALUE_WITH_UNITS", value: "90°" }));
    expect(parseInput(angle, "0.5 rad")).toMatchObject({ ok: true });
    expect(parseInput(angle, "3 mm")).toMatchObject({ ok: false, problem: /unit of angle/ });
  });

  it("check the validator's limits in the property's unit and name them with it", () => {
    const length = cutLength("250 mm");
    expect(parseInput(length, "7 m")).toEqual({
      ok: false,
      problem: "Zuschnittlänge must be between 1 mm and 6000 mm (not 7000 mm).",
    });
    expect(parseInput(length, "0.5 mm")).toMatchObject({ ok: false, problem: /not 0.5 mm/ });
    expect(parseInput(length, "6 m")).toEqual({ ok: true, value: 6000 });
    // The same limits on a property kept in metres are metres.
    const metres = cutLength(
      { value: 0.25, units: "meter" },
      { validator: { min: 0.001, max: 6 } },
    );
    expect(parseInput(metres, "7000 mm")).toEqual({
      ok: false,
      problem: "Zuschnittlänge must be between 0.001 m and 6 m (not 7 m).",
    });
  });

  it("take the same quantity in another unit as no change, so nothing is written", () => {
    const length = cutLength("250 mm");
    const typed = parseInput(length, "0.25 m");
    expect(typed.ok && sameValue(length.value, typed.value)).toBe(true);
    expect(
      planPartWrite([length], [{ propertyId: "c1", seen: 250, value: typed.ok ? typed.value : 0 }]),
    ).toEqual({ ok: true, values: [], unchanged: ["c1"] });
  });

  it("are written back in the form Onshape gave them", () => {
    const text = cutLength("250 mm");
    expect(planPartWrite([text], [{ propertyId: "c1", seen: 250, value: 260 }])).toEqual({
      ok: true,
      values: [{ propertyId: "c1", value: "260 mm" }],
      unchanged: [],
    });
    const number = cutLength(
      { value: 0.25, units: "meter" },
      { validator: { min: 0.001, max: 6 } },
    );
    expect(planPartWrite([number], [{ propertyId: "c1", seen: 0.25, value: 0.3 }])).toEqual({
      ok: true,
      values: [{ propertyId: "c1", value: { value: 0.3, units: "meter" } }],
      unchanged: [],
    });
    expect(toMetadataValue(text, null)).toBe("");
    expect(toMetadataValue(number, null)).toBeNull();
    // Other types pass through as they are.
    expect(toMetadataValue(toPartProperty(raw({ valueType: "INT", value: 1 })), 2)).toBe(2);
  });
});

describe("importing values with units from a spreadsheet", () => {
  const header = ["Name", "Zuschnittlänge", "Part id", "Element id"];
  const plan = (rows: string[][]) => {
    const parsed = parseCsvFile(new TextEncoder().encode(encodeCsv([header, ...rows])));
    if (!parsed.ok) throw new Error(parsed.problem);
    const result = planImport({
      table: parsed.table,
      elementId: g.partStudio,
      parts: gearboxProperties(),
    });
    if (!result.ok) throw new Error(result.problem);
    return result.preview;
  };

  it("reads the cells with the same parser and rules as the table, and an unchanged export changes nothing", () => {
    const parts = gearboxProperties();
    const cut = parts[0]!.properties.find((x) => x.propertyId === p.cutLength)!;
    // As the export writes the local Onshape's seeded 100 mm: no change.
    const exported = displayValue(cut, cut.value);
    expect(exported).toBe("100 mm");
    const unchanged = plan(parts.map((part) => [part.name, exported, part.partId, g.partStudio]));
    expect(unchanged.rows).toEqual([]);
    expect(unchanged.unchangedRows).toBe(5);

    const edited = plan([
      ["Gehäuse", "250 mm", "JHD", g.partStudio],
      ["Welle Ø20", "0,25 m", "JHH", g.partStudio],
      ['Lager "Ø40", Stahl', "25 cm", "JHL", g.partStudio],
      ["Zahnrad Ü-Klasse", "0.1 m", "JHP", g.partStudio],
      ["Dichtung", "7 m", "JHT", g.partStudio],
    ]);
    expect(
      edited.rows.map((row) => [row.partId, row.changes[0]?.oldText, row.changes[0]?.newText]),
    ).toEqual([
      ["JHD", "100 mm", "250 mm"],
      ["JHH", "100 mm", "250 mm"],
      ["JHL", "100 mm", "250 mm"],
    ]);
    expect(edited.rows[0]?.changes[0]).toMatchObject({ old: 100, new: 250 });
    // 0.1 m is the 100 mm it holds.
    expect(edited.unchangedRows).toBe(1);
    expect(edited.skipped).toEqual([
      {
        row: 6,
        partId: "JHT",
        reason: "Invalid value: Zuschnittlänge must be between 1 mm and 6000 mm (not 7000 mm).",
      },
    ]);
  });
});

describe("the parts CSV of a user who may edit", () => {
  const text = (part: PartProperties, name: string) => {
    const value = part.properties.find((x) => x.name === name)?.value;
    return typeof value === "string" && value !== "" ? value : null;
  };
  const row = (part: PartProperties): PartRow => ({
    partId: part.partId,
    name: part.name,
    partNumber: text(part, "Part number"),
    material: null,
    massKg: null,
    volumeM3: null,
    areaM2: null,
    centroidM: null,
    revision: text(part, "Revision"),
    densityKgM3: null,
    principalInertiaKgM2: null,
  });

  it("adds every other editable property as the import reads it back, so an unedited file changes nothing", () => {
    const parts = gearboxProperties();
    const rows = parts.map(row);
    const exported = partsCsvRows(rows, "metric", g.partStudio, parts);
    const header = exported[0]!.map(String);
    expect(header.slice(14)).toEqual([
      "Description",
      "Vendor",
      "Oberfläche",
      "Lieferzeit (Tage)",
      "Prüfpflichtig",
      "Kostenstelle",
      "Zuschnittlänge",
      "Part id",
      "Element id",
    ]);
    expect(exported[1]!.slice(14)).toEqual([
      "Druckguss",
      "—",
      "Eloxiert",
      "21",
      "true",
      "4711",
      "100 mm",
      "JHD",
      g.partStudio,
    ]);
    // Without metadata (a user who may not edit) the file is the table alone.
    expect(partsCsvRows(rows, "metric", g.partStudio)[0]).toHaveLength(16);

    const parsed = parseCsvFile(new TextEncoder().encode(encodeCsv(exported)));
    if (!parsed.ok) throw new Error(parsed.problem);
    const result = planImport({ table: parsed.table, elementId: g.partStudio, parts });
    if (!result.ok) throw new Error(result.problem);
    // Name and Part number differ only because these rows carry no part numbers.
    expect(result.preview.columns).toContain("Zuschnittlänge");
    expect(
      result.preview.rows
        .flatMap((r) => r.changes.map((c) => c.name))
        .filter((n) => n !== "Part number"),
    ).toEqual([]);
    expect(result.preview.skipped).toEqual([]);
  });
});
