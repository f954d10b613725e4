import { csvStream, type CsvValue } from "@/lib/csv/encode";

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
