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
  const marker = direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕";
  return (
    <th scope="col" rowSpan={rowSpan} aria-sort={direction ?? "none"} className={className}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 rounded font-semibold hover:text-onshape-ink focus-visible:outline-2 focus-visible:outline-onshape"
      >
        {children}
        <span aria-hidden="true" className="text-xs">
          {marker}
        </span>
      </button>
    </th>
  );
}

/** The next state after pressing a column: ascending, then descending, then Onshape's order. */
export function nextSort<K extends string>(sort: SortState<K>, column: K): SortState<K> {
  if (sort?.key !== column) return { key: column, direction: "ascending" };
  return sort.direction === "ascending" ? { key: column, direction: "descending" } : null;
}
