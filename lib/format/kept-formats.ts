// Building an Intl formatter costs far more than formatting with one (a page of dates built one
// per cell showed in CPU profiles), so formatters are kept. The locale comes from the request's
// Accept-Language, so any number of distinct ones may arrive: the map is bounded, and simply
// starts over when full. (Not lru-cache: these formatters run in the browser too, and a few
// distinct keys per page never come near the bound.)
const maxKept = 256;
const kept = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function keptFormat<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => F,
): F {
  let format = kept.get(key) as F | undefined;
  if (!format) {
    if (kept.size >= maxKept) kept.clear();
    format = make();
    kept.set(key, format);
  }
  return format;
}

/** How many formatters are kept (for the test that they stay bounded). */
export const keptFormatCount = () => kept.size;
