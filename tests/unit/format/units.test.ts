import { describe, expect, it } from "vitest";
import { convert, isUnitSystem, unitSymbol } from "@/lib/format/units";

describe("convert", () => {
  it("shows metric volume in cm³, area in cm², lengths in mm (mass stays kg)", () => {
    expect(convert(4e-4, "volume", "metric")).toBeCloseTo(400, 9);
    expect(convert(0.112, "area", "metric")).toBeCloseTo(1120, 9);
    expect(convert(0.04, "length", "metric")).toBeCloseTo(40, 9);
  });

  it("uses exact international pound and inch", () => {
    expect(convert(0.45359237, "mass", "imperial")).toBeCloseTo(1, 12);
    expect(convert(1.08, "mass", "imperial")).toBeCloseTo(2.380992, 5);
    expect(convert(0.0254, "length", "imperial")).toBeCloseTo(1, 12);
    expect(convert(0.0254 ** 2, "area", "imperial")).toBeCloseTo(1, 12);
    expect(convert(0.0254 ** 3, "volume", "imperial")).toBeCloseTo(1, 12);
    expect(convert(4e-4, "volume", "imperial")).toBeCloseTo(24.4095, 4);
  });

  it("converts one SI unit of each quantity to independently known factors", () => {
    expect(convert(1, "mass", "imperial")).toBeCloseTo(2.2046226218, 9);
    expect(convert(1, "length", "imperial")).toBeCloseTo(39.3700787402, 9);
    expect(convert(1, "area", "imperial")).toBeCloseTo(1550.0031000062, 6);
    expect(convert(1, "volume", "imperial")).toBeCloseTo(61023.744094732, 5);
    expect(convert(1, "length", "metric")).toBe(1000);
    expect(convert(1, "area", "metric")).toBe(10_000);
    expect(convert(1, "volume", "metric")).toBe(1_000_000);
  });

  it("names units and recognises unit systems", () => {
    expect(unitSymbol("volume", "metric")).toBe("cm³");
    expect(unitSymbol("mass", "imperial")).toBe("lb");
    expect(isUnitSystem("imperial")).toBe(true);
    expect(isUnitSystem("si")).toBe(false);
  });
});
