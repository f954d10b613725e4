import { describe, expect, it } from "vitest";
import { encodeCsv } from "@/lib/csv/encode";
import { maxCsvBytes, parseCsvFile, unguarded } from "@/lib/csv/parse";

const bytes = (text: string) => new TextEncoder().encode(text);
const table = (text: string) => {
  const parsed = parseCsvFile(bytes(text));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.table;
};
const problem = (input: string | Uint8Array) => {
  const parsed = parseCsvFile(typeof input === "string" ? bytes(input) : input);
  return parsed.ok ? null : parsed.problem;
};

describe("parseCsvFile", () => {
  it("reads our own export back: BOM, quoted commas, quotes and newlines", () => {
    const text = encodeCsv([
      ["Name", "Part id"],
      ['Lager "Ø40", Stahl', "JHL"],
      ["zwei\r\nZeilen", "JHD"],
    ]);
    expect(table(text)).toEqual({
      header: ["Name", "Part id"],
      rows: [
        { row: 2, cells: ['Lager "Ø40", Stahl', "JHL"] },
        { row: 3, cells: ["zwei\r\nZeilen", "JHD"] },
      ],
    });
  });

  it("reads files saved with semicolons, without a BOM, with LF line ends", () => {
    expect(table('Name;Part id\n"a;b";JHD\nc,d;JHH\n').rows).toEqual([
      { row: 2, cells: ["a;b", "JHD"] },
      { row: 3, cells: ["c,d", "JHH"] },
    ]);
  });

  it("takes the export's formula guard off, and only that", () => {
    expect(unguarded("'=HYPERLINK(1)")).toBe("=HYPERLINK(1)");
    expect(unguarded("'+cmd")).toBe("+cmd");
    expect(unguarded("'-2+3")).toBe("-2+3");
    expect(unguarded("'@SUM(A1)")).toBe("@SUM(A1)");
    expect(unguarded("'＝1")).toBe("＝1");
    expect(unguarded("'quoted'")).toBe("'quoted'");
    expect(table("Name,Part id\n'=1+2,JHD\n").rows[0]?.cells[0]).toBe("=1+2");
  });

  it("refuses what is not a CSV, with the reason", () => {
    expect(problem("")).toBe("The file is empty.");
    expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatch(/binary/);
    expect(problem(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0xe4, 0x0a]))).toMatch(/UTF-8/);
    expect(problem('Name,Part id\n"open,JHD\n')).toMatch(/not a valid CSV/);
  });

  it("refuses files over 5 MB or 10,000 rows", () => {
    expect(problem(new Uint8Array(maxCsvBytes + 1))).toMatch(/larger than 5 MB/);
    const rows = ["Part id", ...Array.from({ length: 10_001 }, (_, i) => `P${i}`)].join("\n");
    expect(problem(rows)).toMatch(/more than 10,000 rows/);
    const exactly = ["Part id", ...Array.from({ length: 10_000 }, (_, i) => `P${i}`)].join("\n");
    expect(problem(exactly)).toBeNull();
  });
});
