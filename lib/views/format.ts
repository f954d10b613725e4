// Numbers and dates in the user's locale. Pure, so server and client format alike.

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

/**
 * Date and time. `timeZone` is given on the server (which cannot know the reader's zone) and
 * left out in the browser, which then uses its own.
 */
export function formatDateTime(locale: string, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  // Spelled out rather than dateStyle/timeStyle, which cannot be combined with timeZoneName.
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(timeZone ? { timeZone, timeZoneName: "short" } : {}),
  }).format(date);
}

/** Plain machine-readable numbers for CSV: dot decimals, no grouping, no float noise. */
export function csvNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
