const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Four significant digits, but never more than four decimals: 0.0785 stays 0.0785, 1.08 stays
 * 1.08, and a centroid of 1e-19 m (floating-point noise) shows as 0 rather than 0.0000…1.
 */
export function formatMeasure(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumSignificantDigits: 4,
      maximumFractionDigits: 4,
      roundingPriority: "lessPrecision",
      signDisplay: "negative",
    });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
