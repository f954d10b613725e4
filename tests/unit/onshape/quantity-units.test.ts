import { describe, expect, it } from "vitest";
import {
  convertQuantity,
  findUnit,
  parseQuantity,
  quantityText,
  unitsOf,
} from "@/lib/onshape/quantity-units";

// The one unit table: what configuration inputs and part properties with units both read.

const unit = (text: string) => {
  const found = findUnit(text);
  if (!found) throw new Error(`no unit ${text}`);
  return found;
};

describe("quantity units", () => {
  it("find a unit by Onshape's name, its symbol or another spelling", () => {
    expect(unit("millimeter")).toBe(unit("mm"));
    expect(unit("Millimetres")).toBe(unit("mm"));
    expect(unit('"').name).toBe("inch");
    expect(unit("°").name).toBe("degree");
    expect(findUnit("parsec")).toBeUndefined();
  });

  it("convert within a dimension without float noise", () => {
    expect(convertQuantity(0.25, unit("m"), unit("mm"))).toBe(250);
    expect(convertQuantity(1, unit("in"), unit("mm"))).toBe(25.4);
    expect(convertQuantity(1, unit("ft"), unit("in"))).toBe(12);
    expect(convertQuantity(1, unit("lb"), unit("g"))).toBe(453.59237);
    expect(convertQuantity(Math.PI, unit("rad"), unit("deg"))).toBe(180);
  });

  it("offer only the units of one dimension", () => {
    expect(unitsOf("LENGTH").map((u) => u.symbol)).toEqual(["mm", "cm", "m", "in", "ft", "yd"]);
    expect(unitsOf("MASS").map((u) => u.symbol)).toEqual(["kg", "g", "lb", "oz"]);
    expect(unitsOf("ANGLE").map((u) => u.symbol)).toEqual(["°", "rad"]);
  });

  it("parse a number and its unit as people and Onshape write them", () => {
    expect(parseQuantity("0,25 m")).toEqual({ value: 0.25, unit: unit("m"), unitText: "m" });
    expect(parseQuantity("250mm")).toMatchObject({ value: 250, unitText: "mm" });
    expect(parseQuantity("20+millimeter")).toMatchObject({ value: 20, unit: unit("mm") });
    expect(parseQuantity("12")).toEqual({ value: 12, unit: null, unitText: "" });
    expect(parseQuantity("3 parsec")).toEqual({ value: 3, unit: null, unitText: "parsec" });
    expect(parseQuantity("mm 3")).toBeNull();
    expect(quantityText(250, unit("mm"))).toBe("250 mm");
    expect(quantityText(90, unit("deg"))).toBe("90°");
  });
});
