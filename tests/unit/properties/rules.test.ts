import { describe, expect, it } from "vitest";
import { parseInput, sameValue, valueProblem } from "@/lib/properties/rules";
import { property } from "./fixtures";

describe("the rules Onshape's validator sets", () => {
  it("checks patterns and lengths of text", () => {
    const partNumber = property({
      rule: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 8 },
    });
    expect(parseInput(partNumber, " GX-1 ")).toEqual({ ok: true, value: "GX-1" });
    expect(parseInput(partNumber, "-GX")).toEqual({
      ok: false,
      problem: '"-GX" is not a valid Part number: it must match ^[A-Za-z0-9][A-Za-z0-9._-]*$.',
    });
    expect(valueProblem(partNumber, "GX-200-0001")).toMatch(/at most 8 characters/);
    expect(valueProblem(partNumber, "")).toBeNull();
    expect(valueProblem(property({ name: "Name", required: true }), "")).toBe("Name is required.");
  });

  it("takes enum values or labels, booleans and numbers in a range", () => {
    const finish = property({
      valueType: "ENUM",
      name: "Oberfläche",
      options: [
        { value: "BLANK", label: "Blank" },
        { value: "ELOXIERT", label: "Eloxiert" },
      ],
    });
    expect(parseInput(finish, "eloxiert")).toEqual({ ok: true, value: "ELOXIERT" });
    expect(parseInput(finish, "BLANK")).toEqual({ ok: true, value: "BLANK" });
    expect(parseInput(finish, "Rot")).toMatchObject({
      ok: false,
      problem: /one of: Blank, Eloxiert/,
    });
    const flag = property({ valueType: "BOOL" });
    expect(parseInput(flag, "TRUE")).toEqual({ ok: true, value: true });
    expect(parseInput(flag, "nein")).toEqual({ ok: true, value: false });
    expect(parseInput(flag, "maybe")).toMatchObject({ ok: false });
    const days = property({ valueType: "INT", name: "Lieferzeit", rule: { min: 0, max: 365 } });
    expect(parseInput(days, "21")).toEqual({ ok: true, value: 21 });
    expect(parseInput(days, "2,5")).toMatchObject({ ok: false, problem: /whole number/ });
    expect(parseInput(days, "400")).toMatchObject({ ok: false, problem: /between 0 and 365/ });
    expect(parseInput(property({ valueType: "DOUBLE" }), "2,5")).toEqual({ ok: true, value: 2.5 });
  });

  it("refuses what is not editable, saying why", () => {
    const mass = property({
      name: "Mass",
      editable: false,
      readOnlyReason: "Onshape computes it.",
    });
    expect(valueProblem(mass, "1 kg")).toBe("Mass is not editable: Onshape computes it.");
  });

  it("treats empty text and no value alike", () => {
    expect(sameValue("", null)).toBe(true);
    expect(sameValue("A", "A")).toBe(true);
    expect(sameValue(0, null)).toBe(false);
  });
});
