"use client";

import type { ReactNode } from "react";
import { DownloadLink } from "@/components/tab/download-link";
import { useUnitSystem } from "@/components/hooks/use-unit-system";
import { buttonClass } from "@/components/ui/button";
import { formatFixed } from "@/lib/format/numbers";
import {
  convert,
  unitDecimals,
  unitSymbol,
  type Quantity,
  type UnitSystem,
} from "@/lib/format/units";
import { apiLinks } from "@/lib/navigation/links";
import type { ElementRef, PartRow, PartTotals } from "@/lib/onshape/types";
import { ModelLinkedRow } from "@/components/viewer/model-selection";
import { UnitChoice } from "./unit-choice";

// Switching units only re-formats what the server sent in SI units: no new Onshape call.

/** Columns whose cells another view may render instead (e.g. as editable properties). */
export type PartsCellSlot = (row: PartRow, column: "name" | "partNumber") => ReactNode | undefined;

type Props = {
  rows: PartRow[];
  totals: PartTotals;
  elementRef: ElementRef;
  locale: string;
  units: UnitSystem;
  cell?: PartsCellSlot;
};

const num = "text-right tabular-nums";

export function PartsTable({
  rows,
  totals,
  elementRef,
  locale,
  units: initialUnits,
  cell: slot,
}: Props) {
  const [units, setUnits] = useUnitSystem(initialUnits);
  const show = (value: number | null, quantity: Quantity) =>
    value === null
      ? "—"
      : formatFixed(locale, convert(value, quantity, units), unitDecimals(quantity, units));
  const unit = (quantity: Quantity) => unitSymbol(quantity, units);
  const cell = "px-3 py-2";
  const head = `${cell} font-semibold`;
  const centroid = (c: PartRow["centroidM"]) =>
    [0, 1, 2].map((axis) => (
      <td key={axis} className={`${cell} ${num}`}>
        {c ? show(c[axis]!, "length") : "—"}
      </td>
    ));

  return (
    <section aria-label="Parts" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <UnitChoice value={units} onChange={setUnits} />
        <DownloadLink href={apiLinks.partsCsv(elementRef, units)} className={buttonClass()}>
          Download CSV
        </DownloadLink>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Parts with mass properties</caption>
          <thead className="border-b border-onshape-line text-onshape-muted">
            <tr>
              <th scope="col" rowSpan={2} className={head}>
                Name
              </th>
              <th scope="col" rowSpan={2} className={head}>
                Part number
              </th>
              <th scope="col" rowSpan={2} className={head}>
                Material
              </th>
              <th scope="col" rowSpan={2} className={`${head} ${num}`}>
                Mass ({unit("mass")})
              </th>
              <th scope="col" rowSpan={2} className={`${head} ${num}`}>
                Volume ({unit("volume")})
              </th>
              <th scope="col" rowSpan={2} className={`${head} ${num}`}>
                Surface area ({unit("area")})
              </th>
              <th scope="colgroup" colSpan={3} className={`${head} text-center`}>
                Centre of mass ({unit("length")})
              </th>
            </tr>
            <tr>
              {["X", "Y", "Z"].map((axis) => (
                <th key={axis} scope="col" className={`${head} ${num}`}>
                  {axis}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ModelLinkedRow
                key={row.partId}
                modelId={row.partId}
                className="border-b border-onshape-line"
              >
                <th scope="row" className={`${cell} font-medium`}>
                  {slot?.(row, "name") ?? row.name}
                </th>
                <td className={cell}>{slot?.(row, "partNumber") ?? row.partNumber ?? "—"}</td>
                <td className={cell}>{row.material ?? "None"}</td>
                <td className={`${cell} ${num}`}>
                  {row.massKg === null ? (
                    <span className="text-onshape-muted">No material</span>
                  ) : (
                    show(row.massKg, "mass")
                  )}
                </td>
                <td className={`${cell} ${num}`}>{show(row.volumeM3, "volume")}</td>
                <td className={`${cell} ${num}`}>{show(row.areaM2, "area")}</td>
                {centroid(row.centroidM)}
              </ModelLinkedRow>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-onshape-line font-semibold">
            <tr>
              <th scope="row" colSpan={3} className={cell}>
                Total ({rows.length} parts)
                {totals.partsWithoutMass > 0 ? (
                  <span className="block text-xs font-normal text-onshape-muted">
                    Mass leaves out {totals.partsWithoutMass}{" "}
                    {totals.partsWithoutMass === 1 ? "part" : "parts"} without material
                  </span>
                ) : null}
              </th>
              <td className={`${cell} ${num}`}>{show(totals.massKg, "mass")}</td>
              <td className={`${cell} ${num}`}>{show(totals.volumeM3, "volume")}</td>
              <td className={`${cell} ${num}`}>{show(totals.areaM2, "area")}</td>
              {centroid(totals.centroidM)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
