import { keptFormat } from "./kept-formats";

/**
 * Four significant digits, but never more than four decimals: 0.0785 stays 0.0785, 1.08 stays
 * 1.08, and a centroid of 1e-19 m (floating-point noise) shows as 0 rather than 0.0000…1.
 */
export function formatMeasure(locale: string, value: number): string {
  const format = keptFormat(
    `measure ${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        maximumSignificantDigits: 4,
        maximumFractionDigits: 4,
        roundingPriority: "lessPrecision",
        signDisplay: "negative",
      }),
  );
  return format.format(value);
}

export function formatCount(locale: string, value: number): string {
  const format = keptFormat(
    `count ${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }),
  );
  return format.format(value);
}

/** A fixed number of decimals, grouped for the locale: a column of these lines up. */
export function formatFixed(locale: string, value: number, decimals: number): string {
  const format = keptFormat(
    `fixed ${locale} ${decimals}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        signDisplay: "negative",
      }),
  );
  return format.format(value);
}

/** The same decimals for CSV: dot decimals, no grouping, never "-0.00". */
export function fixedPlain(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}
