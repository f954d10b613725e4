import { csvStream, type CsvValue } from "@/lib/csv/encode";

// Bidi overrides and isolates make "invoice\u202Etxt.exe" show as "invoiceexe.txt" in a
// download bar; control characters have no business in a file name either. Both are dropped
// (names come from Onshape, where anyone who can edit a document chooses them).
const invisible = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name fit for a download: no bidi or control characters, no path separators. */
export function safeFileName(name: string): string {
  return name.replace(invisible, "").replace(/[/\\]/g, "_").trim();
}

/**
 * `attachment` with an ASCII `filename` for old clients and the exact name in `filename*`
 * (RFC 6266 / RFC 8187), so "Getriebe GX-200, Ü.csv" survives in every browser.
 */
export function contentDisposition(filename: string): string {
  const clean = safeFileName(filename) || "download.csv";
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
