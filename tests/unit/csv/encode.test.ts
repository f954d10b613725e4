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
