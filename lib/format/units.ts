import { kilogramsPerPound as pound, metresPerInch as inch } from "@/lib/onshape/quantity-units";

export type UnitSystem = "metric" | "imperial";
export type Quantity = "mass" | "volume" | "area" | "length" | "density" | "inertia";

/** `decimals`: fixed per column, so a column's numbers line up (1.0800 over 0.2355). */
type Unit = { symbol: string; perSi: number; decimals: number };

export const units: Record<UnitSystem, Record<Quantity, Unit>> = {
  metric: {
    mass: { symbol: "kg", perSi: 1, decimals: 4 },
    volume: { symbol: "cm³", perSi: 1e6, decimals: 2 },
    area: { symbol: "cm²", perSi: 1e4, decimals: 2 },
    length: { symbol: "mm", perSi: 1e3, decimals: 2 },
    density: { symbol: "kg/m³", perSi: 1, decimals: 0 },
    inertia: { symbol: "kg·mm²", perSi: 1e6, decimals: 2 },
  },
  imperial: {
    mass: { symbol: "lb", perSi: 1 / pound, decimals: 4 },
    volume: { symbol: "in³", perSi: 1 / inch ** 3, decimals: 3 },
    area: { symbol: "in²", perSi: 1 / inch ** 2, decimals: 3 },
    length: { symbol: "in", perSi: 1 / inch, decimals: 4 },
    density: { symbol: "lb/in³", perSi: inch ** 3 / pound, decimals: 4 },
    inertia: { symbol: "lb·in²", perSi: 1 / pound / inch ** 2, decimals: 4 },
  },
};

export const unitSystems: readonly UnitSystem[] = ["metric", "imperial"];

/** Remembers the reader's last choice of units (a plain preference, readable by the page). */
export const unitsCookie = "units";

export function isUnitSystem(value: unknown): value is UnitSystem {
  return value === "metric" || value === "imperial";
}

/** An SI value in `system`'s unit for `quantity`. */
export function convert(valueSi: number, quantity: Quantity, system: UnitSystem): number {
  return valueSi * units[system][quantity].perSi;
}

export function unitSymbol(quantity: Quantity, system: UnitSystem): string {
  return units[system][quantity].symbol;
}

/** Decimals shown for `quantity` in `system`, the same in the table and the CSV. */
export function unitDecimals(quantity: Quantity, system: UnitSystem): number {
  return units[system][quantity].decimals;
}
