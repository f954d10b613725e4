"use client";

import type { ReactNode } from "react";
import { UnitChoice } from "@/components/element/unit-choice";
import { ErrorPanel } from "@/components/ui/error-panel";
import { RetryButton } from "@/components/ui/retry-button";
import type { ViewError } from "@/lib/errors";
import type { UnitSystem } from "@/lib/format/units";

// What both right panels show around their selection: a heading that says what is selected,
// the update and error states, the combined figures, the list, and the unit choice.

type Props = {
  heading: string;
  refreshing: boolean;
  problem: ViewError | null;
  onRetry: () => void;
  /** The combined figures, as <dt>/<dd> pairs. */
  totals: ReactNode;
  units: UnitSystem;
  onUnitsChange: (units: UnitSystem) => void;
  /** The selected (or all) parts or instances. */
  children: ReactNode;
};

export function SelectionSummary(props: Props) {
  return (
    <section
      aria-labelledby="selection-heading"
      className="flex flex-col gap-2"
      aria-busy={props.refreshing}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-1">
        <h1
          id="selection-heading"
          data-testid="selection-heading"
          className="text-sm font-semibold"
        >
          {props.heading}
        </h1>
        {props.refreshing ? (
          <span role="status" className="text-xs text-onshape-muted">
            Model changed, updating…
          </span>
        ) : null}
      </div>
      {props.problem ? (
        <ErrorPanel error={props.problem} retry={<RetryButton onRetry={props.onRetry} />} />
      ) : null}
      <dl
        data-testid="selection-totals"
        aria-live="polite"
        className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded border border-onshape-line bg-onshape-wash px-2 py-1.5 text-xs"
      >
        {props.totals}
      </dl>
      {props.children}
      <div className="text-xs">
        <UnitChoice value={props.units} onChange={props.onUnitsChange} />
      </div>
    </section>
  );
}
