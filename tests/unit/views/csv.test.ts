import { describe, expect, it } from "vitest";
import { contentDisposition, csvField, csvStream, encodeCsv } from "@/lib/views/csv";

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

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Gehäuse & Wellen - parts.csv")).toBe(
      "attachment; filename=\"Geh_use & Wellen - parts.csv\"; filename*=UTF-8''Geh%C3%A4use%20%26%20Wellen%20-%20parts.csv",
    );
  });

  it("keeps quotes, slashes and control characters out of the header", () => {
    const header = contentDisposition('a"b/c\\d\r\ne;f%.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_c_d__e_f_.csv"');
    expect(header).toContain("filename*=UTF-8''a%22b_c_d__e%3Bf%25.csv");
  });

  it("encodes characters RFC 8187 does not allow raw", () => {
    expect(contentDisposition("it's (1)*.csv")).toContain(
      "filename*=UTF-8''it%27s%20%281%29%2A.csv",
    );
  });
});
