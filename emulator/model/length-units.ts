// Onshape's length units, by the name configuration strings carry ("20+millimeter") and the
// symbol metadata values are written with ("250 mm"), each with its size in millimetres. The
// emulator's own table: it plays Onshape, so it shares nothing with the app it tests.

export type LengthUnit = { name: string; symbol: string; mm: number };

export const lengthUnits: readonly LengthUnit[] = [
  { name: "millimeter", symbol: "mm", mm: 1 },
  { name: "centimeter", symbol: "cm", mm: 10 },
  { name: "meter", symbol: "m", mm: 1000 },
  { name: "inch", symbol: "in", mm: 25.4 },
  { name: "foot", symbol: "ft", mm: 304.8 },
  { name: "yard", symbol: "yd", mm: 914.4 },
];

export const lengthUnitNamed = (name: string) => lengthUnits.find((unit) => unit.name === name);

// Onshape's own writing of a value with units: a dot-decimal number, a space, a unit symbol.
const lengthText = /^([-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?) ?([a-z]+)$/;

/** "250 mm" as millimetres; the reason it is not a length otherwise. */
export function parseLengthText(
  text: string,
): { ok: true; mm: number } | { ok: false; problem: "malformed" | "unit"; unit?: string } {
  const match = lengthText.exec(text);
  if (!match) return { ok: false, problem: "malformed" };
  const unit = lengthUnits.find((candidate) => candidate.symbol === match[2]);
  if (!unit) return { ok: false, problem: "unit", unit: match[2] };
  return { ok: true, mm: Number(match[1]) * unit.mm };
}
