import { Fragment, type ReactNode } from "react";
import { ModelLinkedRow } from "@/components/viewer/model-selection";
import type { BomRollUp } from "@/lib/bom/roll-up";
import { noMaterial, notSet } from "@/lib/format/missing";
import { formatCount, formatFixed } from "@/lib/format/numbers";
import { convert, unitDecimals, unitSymbol, type UnitSystem } from "@/lib/format/units";
import type { BomCell, BomColumn, BomRow, BomTable } from "@/lib/onshape/types";

/** Cells another view may render instead (e.g. as editable properties); undefined keeps the value. */
export type BomCellSlot = (row: BomRow, column: BomColumn, shown: string) => ReactNode | undefined;

/** "leaves out 4 parts without material", or null when nothing is left out. */
export function leftOutText(count: number): string | null {
  if (count === 0) return null;
  return `leaves out ${formatCount("en", count)} ${count === 1 ? "part" : "parts"} without material`;
}

/**
 * The BOM with Onshape's columns, and beside its per-parent Quantity the total quantity (the
 * product up the tree) and each row's mass (a sub-assembly's rolled up from its rows).
 * Sub-assembly rows are bold with a disclosure marker; their rows are indented under them and
 * the Item column numbers them 2.1, 2.2, …, which also tells screen reader users the nesting.
 */
export function BomTableView({
  table,
  locale,
  rollUp,
  units = "metric",
  cell: slot,
}: {
  table: BomTable;
  locale: string;
  /** Null when the masses could not be read: the BOM shows without its roll-up columns. */
  rollUp?: BomRollUp | null;
  units?: UnitSystem;
  cell?: BomCellSlot;
}) {
  if (table.rows.length === 0) {
    return <p className="text-onshape-muted">This assembly has no parts yet.</p>;
  }
  const cell = "px-3 py-2";
  const num = "text-right tabular-nums";
  const nameColumn = Math.max(
    0,
    table.columns.findIndex((column) => column.propertyName === "name"),
  );
  const quantityColumn = table.columns.findIndex((column) => column.propertyName === "quantity");
  const show = (value: BomCell) =>
    typeof value === "number" ? formatCount(locale, value) : value || notSet;
  const shownIn = (row: BomRow, index: number, value: BomCell) =>
    slot?.(row, table.columns[index]!, show(value)) ?? show(value);
  const mass = (kg: number) =>
    formatFixed(locale, convert(kg, "mass", units), unitDecimals("mass", units));
  const totalLeftOut = rollUp ? leftOutText(rollUp.total.leftOut) : null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">Bill of materials</caption>
        <thead className="border-b border-onshape-line text-onshape-muted">
          <tr>
            {table.columns.map((column, index) => (
              <Fragment key={column.id}>
                <th scope="col" className={`${cell} font-semibold`}>
                  {column.name}
                </th>
                {rollUp && index === quantityColumn ? (
                  <th scope="col" className={`${cell} font-semibold ${num}`}>
                    Total quantity
                  </th>
                ) : null}
              </Fragment>
            ))}
            {rollUp ? (
              <th scope="col" className={`${cell} font-semibold ${num}`}>
                Mass each ({unitSymbol("mass", units)})
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => {
            const rolled = rollUp?.rows[rowIndex];
            const isAssembly =
              rolled?.isAssembly ?? (table.rows[rowIndex + 1]?.indentLevel ?? 0) > row.indentLevel;
            return (
              <ModelLinkedRow
                key={row.id}
                modelId={row.id}
                data-level={row.indentLevel}
                data-assembly={isAssembly ? "true" : undefined}
                className={`border-b border-onshape-line ${isAssembly ? "bg-onshape-wash font-semibold" : ""}`}
              >
                {row.cells.map((value, index) => {
                  const numeric = typeof value === "number" ? num : "";
                  const content =
                    index === nameColumn ? (
                      <th
                        scope="row"
                        style={{ paddingInlineStart: `${0.75 + row.indentLevel * 1.5}rem` }}
                        className={`${cell} ${isAssembly ? "font-semibold" : "font-medium"}`}
                      >
                        {isAssembly ? (
                          <svg
                            aria-hidden="true"
                            viewBox="0 0 12 12"
                            className="mr-1 inline h-3 w-3 fill-current align-baseline text-onshape-muted"
                          >
                            <path d="M2 4l4 5 4-5z" />
                          </svg>
                        ) : null}
                        {shownIn(row, index, value)}
                        {isAssembly ? <span className="sr-only"> (sub-assembly)</span> : null}
                      </th>
                    ) : (
                      <td className={`${cell} ${numeric}`}>{shownIn(row, index, value)}</td>
                    );
                  return (
                    <Fragment key={index}>
                      {content}
                      {rolled && index === quantityColumn ? (
                        <td className={`${cell} ${num}`}>
                          {formatCount(locale, rolled.totalQuantity)}
                        </td>
                      ) : null}
                    </Fragment>
                  );
                })}
                {rolled ? (
                  <td className={`${cell} ${num}`}>
                    {rolled.massKg === null ? (
                      <span className="font-normal text-onshape-muted">{noMaterial}</span>
                    ) : (
                      mass(rolled.massKg)
                    )}
                    {rolled.massKg !== null && rolled.leftOut > 0 ? (
                      <span className="block text-xs font-normal text-onshape-muted">
                        {leftOutText(rolled.leftOut)}
                      </span>
                    ) : null}
                  </td>
                ) : null}
              </ModelLinkedRow>
            );
          })}
        </tbody>
        {rollUp ? (
          <tfoot className="border-t-2 border-onshape-line font-semibold">
            <tr>
              <th
                scope="row"
                colSpan={table.columns.length + (quantityColumn >= 0 ? 1 : 0)}
                className={cell}
              >
                Total mass
                {totalLeftOut ? (
                  <span className="block text-xs font-normal text-onshape-muted">
                    {totalLeftOut}
                  </span>
                ) : null}
              </th>
              <td className={`${cell} ${num}`}>{mass(rollUp.total.massKg)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
