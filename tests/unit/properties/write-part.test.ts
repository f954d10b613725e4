import { describe, expect, it } from "vitest";
import { propertyIds as p } from "../../../emulator/seed/properties";
import { planPartWrite } from "@/lib/properties/write-part";
import { gearboxProperties } from "./fixtures";

const housing = () => gearboxProperties()[0]!.properties;

describe("planPartWrite (no lost update)", () => {
  it("writes a value when Onshape still holds the one the user saw", () => {
    expect(
      planPartWrite(housing(), [{ propertyId: p.partNumber, seen: "GX-200-001", value: "GX-9" }]),
    ).toEqual({ ok: true, values: [{ propertyId: p.partNumber, value: "GX-9" }], unchanged: [] });
  });

  it("refuses to overwrite a value changed since, and names all three values", () => {
    expect(
      planPartWrite(housing(), [{ propertyId: p.partNumber, seen: "GX-100", value: "GX-9" }]),
    ).toEqual({
      ok: false,
      reason: "conflict",
      conflicts: [
        {
          propertyId: p.partNumber,
          name: "Part number",
          seen: "GX-100",
          current: "GX-200-001",
          wanted: "GX-9",
        },
      ],
    });
  });

  it("counts a value that already is the wanted one as unchanged, whatever the user saw", () => {
    expect(
      planPartWrite(housing(), [{ propertyId: p.partNumber, seen: "old", value: "GX-200-001" }]),
    ).toEqual({ ok: true, values: [], unchanged: [p.partNumber] });
  });

  it("refuses invalid values, computed properties and unknown ids before anything", () => {
    const result = planPartWrite(housing(), [
      { propertyId: p.partNumber, seen: "GX-200-001", value: "bad value" },
      { propertyId: p.mass, seen: "1.08 kg", value: "2 kg" },
      { propertyId: "nope", seen: null, value: "x" },
    ]);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(
      result.ok === false && result.reason === "invalid" && result.refusals.map((r) => r.problem),
    ).toEqual([
      expect.stringMatching(/not a valid Part number/),
      "Mass is not editable: Onshape computes it.",
      "Onshape has no such property for this part.",
    ]);
  });
});
