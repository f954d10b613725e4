import { ModelLinkedRow } from "@/components/viewer/model-selection";
import { formatCount } from "@/lib/format/numbers";
import type { ReactNode } from "react";
import type { BomCell, BomColumn, BomRow, BomTable } from "@/lib/onshape/types";

/** Cells another view may render instead (e.g. as editable properties); undefined keeps the value. */
export type BomCellSlot = (row: BomRow, column: BomColumn, shown: string) => ReactNode | undefined;

/**
 * The BOM with Onshape's columns. Sub-assembly children are indented under their parent; the
 * Item column numbers them 2.1, 2.2, …, which also tells screen reader users the nesting.
 */
export function BomTableView({
  table,
  locale,
  cell: slot,
}: {
  table: BomTable;
  locale: string;
  cell?: BomCellSlot;
}) {
  if (table.rows.length === 0) {
    return <p className="text-onshape-muted">This assembly has no parts yet.</p>;
  }
  const cell = "px-3 py-2";
  const nameColumn = Math.max(
    0,
    table.columns.findIndex((column) => column.propertyName === "name"),
  );
  const show = (value: BomCell) =>
    typeof value === "number" ? formatCount(locale, value) : (value ?? "");
  const content = (row: BomRow, index: number, value: BomCell) =>
    slot?.(row, table.columns[index]!, show(value)) ?? show(value);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">Bill of materials</caption>
        <thead className="border-b border-onshape-line text-onshape-muted">
          <tr>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className={`${cell} font-semibold`}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <ModelLinkedRow
              key={row.id}
              modelId={row.id}
              data-level={row.indentLevel}
              className="border-b border-onshape-line"
            >
              {row.cells.map((value, index) => {
                const indent =
                  index === nameColumn
                    ? { paddingInlineStart: `${0.75 + row.indentLevel * 1.5}rem` }
                    : undefined;
                const numeric = typeof value === "number" ? "text-right tabular-nums" : "";
                return index === nameColumn ? (
                  <th key={index} scope="row" style={indent} className={`${cell} font-medium`}>
                    {content(row, index, value)}
                  </th>
                ) : (
                  <td key={index} className={`${cell} ${numeric}`}>
                    {content(row, index, value)}
                  </td>
                );
              })}
            </ModelLinkedRow>
          ))}
        </tbody>
      </table>
    </div>
  );
}
