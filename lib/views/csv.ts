// RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote, CR or LF is quoted
// and its quotes doubled. Files start with a UTF-8 byte order mark because Excel otherwise
// reads them in the system code page and mangles names such as "Zahnrad Ü-Klasse".

export type CsvValue = string | number | null | undefined;

const needsQuotes = /[",\r\n]/;
export const byteOrderMark = "\uFEFF";

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
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

/**
 * `attachment` with an ASCII `filename` for old clients and the exact name in `filename*`
 * (RFC 6266 / RFC 8187), so "Getriebe GX-200, Ü.csv" survives in every browser.
 */
export function contentDisposition(filename: string): string {
  const clean = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim() || "download.csv";
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_").replace(/["%;]/g, "_");
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function csvResponse(filename: string, rows: Iterable<readonly CsvValue[]>): Response {
  return new Response(csvStream(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": contentDisposition(filename),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
