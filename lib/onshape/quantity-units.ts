// The units Onshape writes quantities in, one table for the whole app: configuration inputs name
// them ("millimeter", `Length=200+millimeter`), part properties of type VALUE_WITH_UNITS show
// them by symbol ("250 mm", "1.08 kg"). A unit belongs to one dimension, and a value converts
// only between units of the same dimension. Pure and client-safe.

export type Dimension = "LENGTH" | "ANGLE" | "MASS";

export type QuantityUnit = {
  /** Onshape's unit name, as configuration strings carry it. */
  name: string;
  /** What a person writes and reads after a number: "mm", "°". */
  symbol: string;
  dimension: Dimension;
  /** Other spellings read as this unit (lower case). */
  aliases: readonly string[];
  /** The unit's size in its dimension's first unit (metre, degree, kilogram). */
  perBase: number;
};

export const metresPerInch = 0.0254;
export const kilogramsPerPound = 0.45359237;

const unit = (
  dimension: Dimension,
  name: string,
  symbol: string,
  perBase: number,
  aliases: readonly string[],
): QuantityUnit => ({ name, symbol, dimension, aliases, perBase });

/** In the order a unit select offers them. */
export const quantityUnits: readonly QuantityUnit[] = [
  unit("LENGTH", "millimeter", "mm", 0.001, ["millimeters", "millimetre", "millimetres"]),
  unit("LENGTH", "centimeter", "cm", 0.01, ["centimeters", "centimetre", "centimetres"]),
  unit("LENGTH", "meter", "m", 1, ["meters", "metre", "metres"]),
  unit("LENGTH", "inch", "in", metresPerInch, ["inches", '"']),
  unit("LENGTH", "foot", "ft", 12 * metresPerInch, ["feet", "'"]),
  unit("LENGTH", "yard", "yd", 36 * metresPerInch, ["yards"]),
  unit("ANGLE", "degree", "°", 1, ["deg", "degrees"]),
  unit("ANGLE", "radian", "rad", 180 / Math.PI, ["radians"]),
  unit("MASS", "kilogram", "kg", 1, ["kilograms"]),
  unit("MASS", "gram", "g", 0.001, ["grams"]),
  unit("MASS", "pound", "lb", kilogramsPerPound, ["lbs", "pounds"]),
  unit("MASS", "ounce", "oz", kilogramsPerPound / 16, ["ounces"]),
];

/** Onshape's configuration quantity types that are dimensions (INTEGER and REAL are not). */
export function dimensionOf(quantityType: string): Dimension | null {
  return quantityType === "LENGTH" || quantityType === "ANGLE" || quantityType === "MASS"
    ? quantityType
    : null;
}

export function unitsOf(dimension: Dimension): QuantityUnit[] {
  return quantityUnits.filter((candidate) => candidate.dimension === dimension);
}

/** A unit by name, symbol or alias ("mm", "millimeter", "Millimetres"), in any dimension. */
export function findUnit(text: string): QuantityUnit | undefined {
  const lower = text.trim().toLowerCase();
  return quantityUnits.find(
    (candidate) =>
      candidate.name === lower ||
      candidate.symbol.toLowerCase() === lower ||
      candidate.aliases.includes(lower),
  );
}

/** `value` in `from`, expressed in `to` (same dimension), without float noise. */
export function convertQuantity(value: number, from: QuantityUnit, to: QuantityUnit): number {
  return plainNumber((value * from.perBase) / to.perBase);
}

/** 12 significant digits: 0.25 m is 250 mm, not 249.99999999999997. */
export function plainNumber(value: number): number {
  return Number(value.toPrecision(12));
}

/** "250 mm", "90°": a number and its unit as a person writes them. */
export function quantityText(value: number, unitOfValue: QuantityUnit | undefined): string {
  const number = String(plainNumber(value));
  if (!unitOfValue) return number;
  return unitOfValue.symbol === "°" ? `${number}°` : `${number} ${unitOfValue.symbol}`;
}

/**
 * A number and what follows it. `unit` is null when no unit was written (`unitText` "") or the
 * text names no unit this table knows (`unitText` says what it was).
 */
export type ParsedQuantity = { value: number; unit: QuantityUnit | null; unitText: string };

// A number (dot or, as spreadsheets in many locales write it, comma decimals), then an optional
// unit; "200+millimeter" as in Onshape's configuration strings too.
const quantityPattern = /^([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*\+?\s*(.*)$/i;

/** "0,25 m", "250mm", "20+millimeter", "90°", "12"; null when it does not start with a number. */
export function parseQuantity(text: string): ParsedQuantity | null {
  const match = quantityPattern.exec(text.trim());
  if (!match) return null;
  const value = Number((match[1] ?? "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const unitText = (match[2] ?? "").trim();
  return { value, unit: unitText === "" ? null : (findUnit(unitText) ?? null), unitText };
}

/** "mm, cm, m, in, ft, yd": what a message offers for a dimension. */
export function unitSymbols(dimension: Dimension): string {
  return unitsOf(dimension)
    .map((candidate) => candidate.symbol)
    .join(", ");
}
