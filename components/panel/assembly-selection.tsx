"use client";

import { useState } from "react";
import { formatCount, formatMeasure } from "@/lib/format/numbers";
import { convert, unitSymbol, type UnitSystem } from "@/lib/format/units";
import type { AssemblyPartRow, AssemblySelectionData, ElementRef } from "@/lib/onshape/types";
import { SelectionItem } from "./selection-item";
import { SelectionSummary } from "./selection-summary";
import { useSelection } from "./use-selection";

// The right panel beside an assembly: each selected instance (by its occurrence path) with its
// BOM row (part number, name, material, quantity in the assembly) and its mass; nothing
// selected lists every part the assembly uses.

type Props = {
  initial: AssemblySelectionData;
  elementRef: ElementRef;
  configuration: string;
  locale: string;
};

type Shown = { key: string; path: string[] | null; part: AssemblyPartRow };

export function AssemblySelection({ initial, elementRef, configuration, locale }: Props) {
  const { data, entries, refreshing, problem, highlight, retry } = useSelection({
    initial,
    elementRef,
    configuration,
  });
  const [units, setUnits] = useState<UnitSystem>("metric");
  const selected: Shown[] = entries.flatMap((entry) => {
    const path = entry.occurrencePath;
    const key = path ? data.occurrences[path.join("/")] : undefined;
    const part = key ? data.parts[key] : undefined;
    return path && key && part ? [{ key: path.join("/"), path, part }] : [];
  });
  const shown: Shown[] =
    selected.length > 0
      ? selected
      : Object.entries(data.parts).map(([key, part]) => ({ key, path: null, part }));
  // Selected instances weigh one each; the whole assembly weighs each part times its quantity.
  const mass = shown.reduce(
    (sum, { path, part }) => sum + (part.massKg ?? 0) * (path ? 1 : (part.quantity ?? 1)),
    0,
  );
  const kg = (value: number | null) =>
    value === null
      ? "No mass"
      : `${formatMeasure(locale, convert(value, "mass", units))} ${unitSymbol("mass", units)}`;

  return (
    <SelectionSummary
      heading={
        selected.length > 0
          ? `${selected.length} ${selected.length === 1 ? "instance" : "instances"} selected`
          : `Nothing selected · ${shown.length} parts`
      }
      refreshing={refreshing}
      problem={problem}
      onRetry={retry}
      units={units}
      onUnitsChange={setUnits}
      totals={
        <>
          <dt className="text-onshape-muted">Mass</dt>
          <dd data-testid="total-mass" className="text-right tabular-nums">
            {kg(mass)}
          </dd>
        </>
      }
    >
      <ul aria-label="Instances" data-testid="selection-parts" className="flex flex-col gap-1">
        {shown.map(({ key, path, part }) => (
          <SelectionItem
            key={key}
            name={part.name}
            detail={`${part.partNumber ?? "No part number"} · ${part.material ?? "No material"}`}
            onHighlight={
              path
                ? () =>
                    highlight([{ selectionType: "BODY", selectionId: key, occurrencePath: path }])
                : undefined
            }
          >
            <span data-testid="instance-mass">{kg(part.massKg)}</span>
            <span className="text-right" data-testid="instance-quantity">
              {part.quantity === null ? "" : `${formatCount(locale, part.quantity)} in assembly`}
            </span>
          </SelectionItem>
        ))}
      </ul>
    </SelectionSummary>
  );
}
