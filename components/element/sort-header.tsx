"use client";

import type { ReactNode } from "react";

export type SortDirection = "ascending" | "descending";
export type SortState<K extends string> = { key: K; direction: SortDirection } | null;

/**
 * A column header that sorts the table: a button (so Tab and Enter/Space work), and
 * `aria-sort` on the header cell so screen readers announce the order.
 */
export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  className = "",
  rowSpan,
  children,
}: {
  column: K;
  sort: SortState<K>;
  onSort: (column: K) => void;
  className?: string;
  rowSpan?: number;
  children: ReactNode;
}) {
  const direction = sort?.key === column ? sort.direction : undefined;
  // Drawn, not typed: the header's text stays the column's name (in copies, tests, the CSV).
  const marker =
    direction === "ascending"
      ? "M2 8 6 3l4 5z"
      : direction === "descending"
        ? "M2 4l4 5 4-5z"
        : "M3 5l3-3 3 3zM3 7l3 3 3-3z";
  return (
    <th scope="col" rowSpan={rowSpan} aria-sort={direction ?? "none"} className={className}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 rounded font-semibold hover:text-onshape-ink focus-visible:outline-2 focus-visible:outline-onshape"
      >
        {children}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3 fill-current">
          <path d={marker} />
        </svg>
      </button>
    </th>
  );
}

/** The next state after pressing a column: ascending, then descending, then Onshape's order. */
export function nextSort<K extends string>(sort: SortState<K>, column: K): SortState<K> {
  if (sort?.key !== column) return { key: column, direction: "ascending" };
  return sort.direction === "ascending" ? { key: column, direction: "descending" } : null;
}
