import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/format/dates";
import { localeFromAcceptLanguage } from "@/lib/format/locale";
import { keptFormatCount } from "@/lib/format/kept-formats";
import { formatCount, formatFixed, formatMeasure } from "@/lib/format/numbers";

describe("localeFromAcceptLanguage", () => {
  it("takes the highest-weighted usable tag", () => {
    expect(localeFromAcceptLanguage("de-CH,de;q=0.9,en;q=0.8")).toBe("de-CH");
    expect(localeFromAcceptLanguage("en;q=0.5, da;q=0.9")).toBe("da");
    expect(localeFromAcceptLanguage("fr-fr")).toBe("fr-FR");
  });

  it("skips wildcards, zero weights and garbage, falling back to English", () => {
    expect(localeFromAcceptLanguage("*;q=1, de;q=0")).toBe("en");
    expect(localeFromAcceptLanguage("not a locale!!, sv")).toBe("sv");
    expect(localeFromAcceptLanguage("")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("formatMeasure", () => {
  it("keeps four significant digits and at most four decimals", () => {
    expect(formatMeasure("en-US", 1.0800000000000001)).toBe("1.08");
    expect(formatMeasure("en-US", 0.0785)).toBe("0.0785");
    expect(formatMeasure("en-US", 1.551)).toBe("1.551");
    expect(formatMeasure("en-US", 2.380987)).toBe("2.381");
    expect(formatMeasure("en-US", 112000)).toBe("112,000");
    expect(formatMeasure("en-US", -30.00000001)).toBe("-30");
  });

  it("shows floating-point noise as 0, without a minus sign", () => {
    expect(formatMeasure("en-US", 1e-19)).toBe("0");
    expect(formatMeasure("en-US", -1e-19)).toBe("0");
  });

  it("follows the locale", () => {
    expect(formatMeasure("de-DE", 1.08)).toBe("1,08");
    expect(formatMeasure("de-DE", 1120)).toBe("1.120");
  });
});

describe("formatDateTime", () => {
  it("formats in the locale, in the given time zone", () => {
    expect(formatDateTime("en-GB", "2025-03-20T16:45:00.000+00:00", "UTC")).toBe(
      "20 Mar 2025, 16:45 UTC",
    );
    expect(formatDateTime("de-DE", "2025-03-20T16:45:00.000+00:00", "UTC")).toBe(
      "20. März 2025, 16:45 UTC",
    );
    expect(formatDateTime("en", "not a date")).toBe("");
  });
});

describe("fixed decimals per column", () => {
  it("lines a column up in the reader's locale, and writes the same decimals to CSV", async () => {
    const { fixedPlain, formatFixed } = await import("@/lib/format/numbers");
    expect(["1.08", "0.2355", "0.0785"].map((v) => formatFixed("en-US", Number(v), 4))).toEqual([
      "1.0800",
      "0.2355",
      "0.0785",
    ]);
    expect(formatFixed("de-DE", 1120, 2)).toBe("1.120,00");
    expect(formatFixed("en-US", -1e-9, 2)).toBe("0.00");
    expect(fixedPlain(1120, 2)).toBe("1120.00");
    expect(fixedPlain(-1e-9, 2)).toBe("0.00");
    expect(fixedPlain(2.380992431596678, 4)).toBe("2.3810");
  });
});

describe("kept formatters", () => {
  it("are made once per locale and kind, then reused", () => {
    const before = keptFormatCount();
    formatMeasure("fr-FR", 1.5);
    formatMeasure("fr-FR", 2.5);
    expect(keptFormatCount()).toBe(before + 1);
  });

  it("stay bounded however many distinct locales requests bring, and keep each locale's own", () => {
    // Accept-Language is the visitor's to choose: private-use subtags make endless valid locales.
    for (let i = 0; i < 2_000; i++) formatMeasure(`en-x-v${i}`, 1.5);
    expect(keptFormatCount()).toBeLessThanOrEqual(256);
    expect(formatMeasure("de-DE", 1.5)).toBe("1,5");
    expect(formatMeasure("en-US", 1.5)).toBe("1.5");
    expect(formatCount("de-DE", 1234.5)).toBe("1.234,5");
    expect(formatFixed("en-US", 2, 2)).toBe("2.00");
    expect(formatFixed("en-US", 2, 3)).toBe("2.000");
  });

  it("keep a date format per zone: the server's labelled UTC is not the browser's own", () => {
    const iso = "2026-03-04T05:06:00Z";
    expect(formatDateTime("en-US", iso, "UTC")).toMatch(/UTC$/);
    expect(formatDateTime("en-US", iso)).not.toMatch(/UTC$/);
  });
});
