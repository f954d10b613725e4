"use client";

import { useState } from "react";
import { selectedParts } from "@/lib/extension/panel-selection";
import { formatMeasure } from "@/lib/format/numbers";
import { convert, unitSymbol, type Quantity, type UnitSystem } from "@/lib/format/units";
import { partTotals } from "@/lib/onshape/mappers/parts";
import type { ElementRef, PartStudioSelectionData } from "@/lib/onshape/types";
import { SelectionItem } from "./selection-item";
import { SelectionSummary } from "./selection-summary";
import { useSelection } from "./use-selection";

// The right panel beside a Part Studio: the selected parts and their combined figures (the
// whole Part Studio when nothing is selected). A row asks Onshape to highlight its part.

type Props = {
  initial: PartStudioSelectionData;
  elementRef: ElementRef;
  configuration: string;
  locale: string;
};

export function PartStudioSelection({ initial, elementRef, configuration, locale }: Props) {
  const { data, entries, refreshing, problem, highlight, retry } = useSelection({
    initial,
    elementRef,
    configuration,
  });
  const [units, setUnits] = useState<UnitSystem>("metric");
  const selected = selectedParts(data, entries);
  const shown = selected.length > 0 ? selected : data.parts;
  const totals = partTotals(shown);
  const show = (value: number | null, quantity: Quantity) =>
    value === null
      ? "—"
      : `${formatMeasure(locale, convert(value, quantity, units))} ${unitSymbol(quantity, units)}`;

  return (
    <SelectionSummary
      heading={
        selected.length > 0
          ? `${selected.length} ${selected.length === 1 ? "part" : "parts"} selected`
          : `Nothing selected · all ${data.parts.length} parts`
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
            {show(totals.massKg, "mass")}
          </dd>
          <dt className="text-onshape-muted">Volume</dt>
          <dd data-testid="total-volume" className="text-right tabular-nums">
            {show(totals.volumeM3, "volume")}
          </dd>
          <dt className="text-onshape-muted">Centre of mass</dt>
          <dd data-testid="total-centroid" className="text-right tabular-nums">
            {totals.centroidM
              ? totals.centroidM
                  .map((v) => formatMeasure(locale, convert(v, "length", units)))
                  .join(", ") + ` ${unitSymbol("length", units)}`
              : "—"}
          </dd>
          {totals.partsWithoutMass > 0 ? (
            <dd className="col-span-2 text-onshape-muted">
              Mass leaves out {totals.partsWithoutMass}{" "}
              {totals.partsWithoutMass === 1 ? "part" : "parts"} without material
            </dd>
          ) : null}
        </>
      }
    >
      <ul aria-label="Parts" data-testid="selection-parts" className="flex flex-col gap-1">
        {shown.map((part) => (
          <SelectionItem
            key={part.partId}
            name={part.name}
            detail={part.material ?? "No material"}
            onHighlight={() =>
              highlight([{ selectionType: "BODY", selectionId: part.partId, bodyType: "SOLID" }])
            }
            title="Highlight in Onshape"
            partId={part.partId}
          >
            <span>{part.massKg === null ? "No mass" : show(part.massKg, "mass")}</span>
            <span className="text-right">{show(part.volumeM3, "volume")}</span>
            <span className="col-span-2 text-onshape-muted">
              Centre{" "}
              {part.centroidM
                ? part.centroidM
                    .map((v) => formatMeasure(locale, convert(v, "length", units)))
                    .join(", ")
                : "—"}{" "}
              {unitSymbol("length", units)}
            </span>
          </SelectionItem>
        ))}
      </ul>
    </SelectionSummary>
  );
}
