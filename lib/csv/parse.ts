import { CsvError, parse } from "csv-parse/sync";

// Reading back a CSV a person edited in Excel, LibreOffice or Numbers: RFC 4180 quoting (quoted
// separators, quotes and newlines) by csv-parse, `,` or `;` separators (Excel in many locales
// saves with `;`), UTF-8 with or without a byte order mark, and the `'` our export puts before
// text a spreadsheet would run as a formula taken off again.

export const maxCsvBytes = 5 * 1024 * 1024;
export const maxCsvRows = 10_000;

export type CsvTable = {
  header: string[];
  /** Data rows; `row` is the spreadsheet's row number (the header is row 1). */
  rows: { row: number; cells: string[] }[];
};

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; problem: string };

const formulaGuard = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A cell as the user meant it: without the formula guard our export adds. */
export function unguarded(cell: string): string {
  return cell.replace(formulaGuard, "");
}

export function parseCsvFile(bytes: Uint8Array): CsvParse {
  if (bytes.byteLength > maxCsvBytes) {
    return { ok: false, problem: `The file is larger than ${maxCsvBytes / 1024 / 1024} MB.` };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: "The file is empty." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem:
        "The file is not a CSV in UTF-8 (it may be an Excel workbook or another encoding). Save it as “CSV UTF-8”.",
    };
  }
  // Binary files (spreadsheets, images) hold NUL bytes; text never does.
  if (text.includes("\u0000")) {
    return {
      ok: false,
      problem: "The file is not a CSV (it looks like a binary file, e.g. an Excel workbook).",
    };
  }
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      // One more than allowed, so "too many" is known without reading a huge file to the end.
      to: maxCsvRows + 2,
    }) as string[][];
  } catch (error) {
    const where = error instanceof CsvError && "lines" in error ? ` (line ${error.lines})` : "";
    return {
      ok: false,
      problem: `The file is not a valid CSV${where}: ${error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, "") : "it cannot be read"}`,
    };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, problem: "The file is empty." };
  if (data.length > maxCsvRows) {
    return {
      ok: false,
      problem: `The file has more than ${maxCsvRows.toLocaleString("en")} rows.`,
    };
  }
  return {
    ok: true,
    table: {
      header: header.map((cell) => unguarded(cell).trim()),
      rows: data.map((cells, index) => ({ row: index + 2, cells: cells.map(unguarded) })),
    },
  };
}

/** `;` when the first line has more of them than commas (outside quotes), else `,`. */
function separatorOf(text: string): string {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}
