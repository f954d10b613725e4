export type UnitSystem = "metric" | "imperial";
export type Quantity = "mass" | "volume" | "area" | "length";

type Unit = { symbol: string; perSi: number };

const inch = 0.0254;

export const units: Record<UnitSystem, Record<Quantity, Unit>> = {
  metric: {
    mass: { symbol: "kg", perSi: 1 },
    volume: { symbol: "cm³", perSi: 1e6 },
    area: { symbol: "cm²", perSi: 1e4 },
    length: { symbol: "mm", perSi: 1e3 },
  },
  imperial: {
    mass: { symbol: "lb", perSi: 1 / 0.45359237 },
    volume: { symbol: "in³", perSi: 1 / inch ** 3 },
    area: { symbol: "in²", perSi: 1 / inch ** 2 },
    length: { symbol: "in", perSi: 1 / inch },
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
