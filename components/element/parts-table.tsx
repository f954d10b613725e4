"use client";

import { useState, type ReactNode } from "react";
import { DownloadLink } from "@/components/tab/download-link";
import { useUnitSystem } from "@/components/hooks/use-unit-system";
import { buttonClass } from "@/components/ui/button";
import { noMaterial, notSet } from "@/lib/format/missing";
import { formatFixed } from "@/lib/format/numbers";
import { sortRows, type SortValue } from "@/lib/format/sort-rows";
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
import { nextSort, SortHeader, type SortState } from "./sort-header";
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

type SortKey =
  "name" | "partNumber" | "revision" | "material" | "mass" | "volume" | "area" | "density";

const sortValue: Record<SortKey, (row: PartRow) => SortValue> = {
  name: (row) => row.name,
  partNumber: (row) => row.partNumber,
  revision: (row) => row.revision,
  material: (row) => row.material,
  mass: (row) => row.massKg,
  volume: (row) => row.volumeM3,
  area: (row) => row.areaM2,
  density: (row) => row.densityKgM3,
};

/** The sortable columns in table order; a measured one is numeric and names its unit. */
const sortColumns: { key: SortKey; label: string; quantity?: Quantity }[] = [
  { key: "name", label: "Name" },
  { key: "partNumber", label: "Part number" },
  { key: "revision", label: "Revision" },
  { key: "material", label: "Material" },
  { key: "mass", label: "Mass", quantity: "mass" },
  { key: "volume", label: "Volume", quantity: "volume" },
  { key: "area", label: "Surface area", quantity: "area" },
  { key: "density", label: "Density", quantity: "density" },
];

export function PartsTable({
  rows,
  totals,
  elementRef,
  locale,
  units: initialUnits,
  cell: slot,
}: Props) {
  const [units, setUnits] = useUnitSystem(initialUnits);
  const [sort, setSort] = useState<SortState<SortKey>>(null);
  const shown = sort ? sortRows(rows, sortValue[sort.key], sort.direction, locale) : rows;
  const onSort = (column: SortKey) => setSort((current) => nextSort(current, column));
  const show = (value: number | null, quantity: Quantity) =>
    value === null
      ? notSet
      : formatFixed(locale, convert(value, quantity, units), unitDecimals(quantity, units));
  /** A value only a part with material has: says "No material" when that is why it is missing. */
  const weighed = (row: PartRow, value: number | null, quantity: Quantity) =>
    value === null && row.massKg === null ? (
      <span className="text-onshape-muted">{noMaterial}</span>
    ) : (
      show(value, quantity)
    );
  const unit = (quantity: Quantity) => unitSymbol(quantity, units);
  const cell = "px-3 py-2";
  const head = `${cell} font-semibold`;
  const centroid = (c: PartRow["centroidM"]) =>
    [0, 1, 2].map((axis) => (
      <td key={axis} className={`${cell} ${num}`}>
        {c ? show(c[axis]!, "length") : notSet}
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
              {sortColumns.map(({ key, label, quantity }) => (
                <SortHeader
                  key={key}
                  column={key}
                  sort={sort}
                  onSort={onSort}
                  rowSpan={2}
                  className={quantity ? `${head} ${num}` : head}
                >
                  {quantity ? `${label} (${unit(quantity)})` : label}
                </SortHeader>
              ))}
              <th scope="colgroup" colSpan={3} className={`${head} text-center`}>
                Centre of mass ({unit("length")})
              </th>
              <th scope="colgroup" colSpan={3} className={`${head} text-center`}>
                Principal moments of inertia ({unit("inertia")})
              </th>
            </tr>
            <tr>
              {["X", "Y", "Z", "I1", "I2", "I3"].map((axis) => (
                <th key={axis} scope="col" className={`${head} ${num}`}>
                  {axis}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <ModelLinkedRow
                key={row.partId}
                modelId={row.partId}
                className="border-b border-onshape-line"
              >
                <th scope="row" className={`${cell} font-medium`}>
                  {slot?.(row, "name") ?? row.name}
                </th>
                <td className={cell}>{slot?.(row, "partNumber") ?? row.partNumber ?? notSet}</td>
                <td className={cell}>{row.revision ?? notSet}</td>
                <td className={cell}>
                  {row.material ?? <span className="text-onshape-muted">{noMaterial}</span>}
                </td>
                <td className={`${cell} ${num}`}>{weighed(row, row.massKg, "mass")}</td>
                <td className={`${cell} ${num}`}>{show(row.volumeM3, "volume")}</td>
                <td className={`${cell} ${num}`}>{show(row.areaM2, "area")}</td>
                <td className={`${cell} ${num}`}>{weighed(row, row.densityKgM3, "density")}</td>
                {centroid(row.centroidM)}
                {[0, 1, 2].map((axis) => (
                  <td key={`i${axis}`} className={`${cell} ${num}`}>
                    {weighed(row, row.principalInertiaKgM2?.[axis] ?? null, "inertia")}
                  </td>
                ))}
              </ModelLinkedRow>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-onshape-line font-semibold">
            <tr>
              <th scope="row" colSpan={4} className={cell}>
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
              <td className={cell} />
              {centroid(totals.centroidM)}
              <td colSpan={3} className={cell} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
