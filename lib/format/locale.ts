// The reader's locale from an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8"): the
// highest-weighted tag that Intl knows. Anything unusable falls back to English.

export const fallbackLocale = "en";

export function localeFromAcceptLanguage(header: string | null | undefined): string {
  if (!header) return fallbackLocale;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return fallbackLocale;
}

/** The canonical form of `tag` if Intl can format numbers and dates for it. */
export function supportedLocale(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return null;
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null;
  } catch {
    return null;
  }
}
