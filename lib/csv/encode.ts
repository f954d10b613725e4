// RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote, CR or LF is quoted
// and its quotes doubled. Files start with a UTF-8 byte order mark because Excel otherwise
// reads them in the system code page and mangles names such as "Zahnrad Ü-Klasse".

export type CsvValue = string | number | null | undefined;

const needsQuotes = /[",\r\n]/;
export const byteOrderMark = "\uFEFF";

// Anyone who can edit a shared document names its parts, and Excel and LibreOffice run a cell
// that starts like a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`; full-width forms too, which
// they fold to ASCII). Such text gets a leading apostrophe, which both show as plain text.
// A plain number is not a formula: `-4.2` stays a number the spreadsheet can add up.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The text of a cell as a spreadsheet will take it: never a formula. */
export function defuseFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : defuseFormula(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The whole file as text, BOM included. */
export function encodeCsv(rows: readonly (readonly CsvValue[])[]): string {
  return byteOrderMark + rows.map(csvLine).join("");
}

/** The same bytes as `encodeCsv`, written a line at a time. */
export function csvStream(rows: Iterable<readonly CsvValue[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.iterator]();
  let started = false;
  return new ReadableStream({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(byteOrderMark));
        return;
      }
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLine(next.value)));
    },
  });
}
