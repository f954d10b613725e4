import { describe, expect, it } from "vitest";
import { csvField, csvStream, encodeCsv } from "@/lib/csv/encode";

describe("csvField", () => {
  it("leaves plain values alone and writes nothing for null", () => {
    expect(csvField("Welle")).toBe("Welle");
    expect(csvField(1.08)).toBe("1.08");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("quotes commas, quotes, CR and LF, doubling embedded quotes", () => {
    expect(csvField("Halter, links")).toBe('"Halter, links"');
    expect(csvField('Adapter "Typ B"')).toBe('"Adapter ""Typ B"""');
    expect(csvField('Lager "Ø40", Stahl')).toBe('"Lager ""Ø40"", Stahl"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("does not quote non-ASCII text without special characters", () => {
    expect(csvField("Zahnrad Ü-Klasse")).toBe("Zahnrad Ü-Klasse");
  });
});

describe("encodeCsv", () => {
  it("starts with a BOM and ends every record with CRLF", () => {
    const text = encodeCsv([
      ["Name", "Mass"],
      ["Gehäuse", 1.08],
      ["Dichtung", null],
    ]);
    expect(text).toBe("\uFEFFName,Mass\r\nGehäuse,1.08\r\nDichtung,\r\n");
  });

  it("streams exactly the same UTF-8 bytes", async () => {
    const rows = [
      ["a,b", 'c"d'],
      ["Ø", "line\nbreak"],
    ];
    const streamed = new Uint8Array(await new Response(csvStream(rows)).arrayBuffer());
    expect(streamed.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(streamed).toEqual(new TextEncoder().encode(encodeCsv(rows)));
  });
});

describe("formula injection (regression: names were written as Excel runs them)", () => {
  it("puts an apostrophe before text that a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tTabulator")).toBe("'\tTabulator");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
  });

  it("does the same for the full-width forms spreadsheets fold to ASCII", () => {
    for (const sign of ["\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]) {
      expect(csvField(`${sign}1+1`)).toBe(`'${sign}1+1`);
    }
  });

  it("keeps numbers numbers, whether given as numbers or as plain numeric text", () => {
    expect(csvField(-4.2)).toBe("-4.2");
    expect(csvField("-4.2")).toBe("-4.2");
    expect(csvField("+7")).toBe("+7");
    expect(csvField("-1e-7")).toBe("-1e-7");
    expect(csvField("Welle = Achse")).toBe("Welle = Achse");
  });

  it("guards header cells like any other (BOM headers come from Onshape)", () => {
    expect(encodeCsv([["Level", "=Kostenstelle", "@Lieferzeit"]])).toBe(
      "\uFEFFLevel,'=Kostenstelle,'@Lieferzeit\r\n",
    );
  });
});
