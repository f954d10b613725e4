// Sorting table rows by one column: text by the reader's locale (so "Ü" sorts with "U"),
// numbers numerically, and missing values always last, whichever the direction.

export type SortValue = string | number | null;

export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: "ascending" | "descending",
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      const order =
        typeof a.key === "number" && typeof b.key === "number"
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      // Equal keys keep Onshape's order (a stable sort).
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}
