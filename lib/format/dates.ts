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
