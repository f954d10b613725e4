import { describe, expect, it } from "vitest";
import { contentDisposition, safeFileName } from "@/lib/http/csv-response";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Gehäuse & Wellen - parts.csv")).toBe(
      "attachment; filename=\"Geh_use & Wellen - parts.csv\"; filename*=UTF-8''Geh%C3%A4use%20%26%20Wellen%20-%20parts.csv",
    );
  });

  it("keeps quotes, slashes and control characters out of the header", () => {
    const header = contentDisposition('a"b/c\\d\r\ne;f%.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_b_c_de_f_.csv"');
    expect(header).toContain("filename*=UTF-8''a%22b_c_de%3Bf%25.csv");
  });

  it("encodes characters RFC 8187 does not allow raw", () => {
    expect(contentDisposition("it's (1)*.csv")).toContain(
      "filename*=UTF-8''it%27s%20%281%29%2A.csv",
    );
  });
});

describe("download names (regression: bidi controls reached Content-Disposition)", () => {
  it("drops bidi overrides, isolates and control characters", () => {
    const header = contentDisposition("Rechnung\u202Etxt.exe\u2066\u2069\u0007\u0085.csv");
    expect(header).toContain('filename="Rechnungtxt.exe.csv"');
    expect(header).toContain("filename*=UTF-8''Rechnungtxt.exe.csv");
    for (const c of ["\u202A", "\u202B", "\u202C", "\u202D", "\u2067", "\u2068"]) {
      expect(safeFileName(`a${c}b`)).toBe("ab");
    }
  });
});
