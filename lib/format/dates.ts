import { keptFormat } from "./kept-formats";

/**
 * Date and time. `timeZone` is given on the server (which cannot know the reader's zone) and
 * left out in the browser, which then uses its own.
 */
export function formatDateTime(locale: string, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const format = keptFormat(
    `date-time ${locale} ${timeZone ?? ""}`,
    () =>
      // Spelled out rather than dateStyle/timeStyle, which cannot be combined with timeZoneName.
      new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        ...(timeZone ? { timeZone, timeZoneName: "short" } : {}),
      }),
  );
  return format.format(date);
}
