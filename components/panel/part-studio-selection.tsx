"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { UnitChoice } from "@/components/element/unit-choice";
import { useOnshapeChannel } from "@/components/tab/tab-bridge-island";
import { useTabSessionToken } from "@/components/tab/tab-session";
import { ErrorPanel } from "@/components/ui/error-panel";
import { RetryButton } from "@/components/ui/retry-button";
import type { ViewError } from "@/lib/errors";
import { readSelection, selectedParts, type SelectionEntry } from "@/lib/extension/panel-selection";
import { tabSessionHeader } from "@/lib/extension/tab-navigation";
import { formatMeasure } from "@/lib/format/numbers";
import { convert, unitSymbol, type Quantity, type UnitSystem } from "@/lib/format/units";
import { fetchJson, viewErrorOf } from "@/lib/http/fetch-json";
import { apiLinks } from "@/lib/navigation/links";
import { partTotals } from "@/lib/onshape/mappers/parts";
import type { ElementRef, PartRow, PartStudioSelectionData } from "@/lib/onshape/types";

// The right panel beside a Part Studio. Everything a selection needs came with the page (or
// with the last model change), so a new selection is combined here, in the browser, with no
// Onshape call; only a new workspace microversion (the model changed) reads the data again,
// once, at that microversion.

type Props = {
  initial: PartStudioSelectionData;
  elementRef: ElementRef;
  configuration: string;
  locale: string;
};

export function PartStudioSelection({ initial, elementRef, configuration, locale }: Props) {
  const channel = useOnshapeChannel();
  const sessionToken = useTabSessionToken();
  const [data, setData] = useState(initial);
  const [entries, setEntries] = useState<SelectionEntry[]>([]);
  const [units, setUnits] = useState<UnitSystem>("metric");
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<ViewError | null>(null);
  // The microversion the data is for; a selection made at another one means the model changed.
  const dataFor = useRef<string | null>(initial.microversionId);

  const refresh = useCallback(
    async (microversionId: string) => {
      const previous = dataFor.current;
      dataFor.current = microversionId;
      setRefreshing(true);
      try {
        const url = apiLinks.selectionData(
          { ...elementRef, wvm: "m", wvmId: microversionId },
          configuration,
        );
        const headers: Record<string, string> = sessionToken
          ? { [tabSessionHeader]: sessionToken }
          : {};
        setData(await fetchJson<PartStudioSelectionData>(url, { headers }));
        setProblem(null);
      } catch (error) {
        dataFor.current = previous;
        setProblem(viewErrorOf(error));
      } finally {
        setRefreshing(false);
      }
    },
    [elementRef, configuration, sessionToken],
  );

  const latest = useRef<string | null>(null);
  useEffect(
    () =>
      channel?.listen((message) => {
        if (message.messageName !== "SELECTION") return;
        const selection = readSelection(message);
        if (!selection) {
          console.warn("[panel] ignored a malformed SELECTION message");
          return;
        }
        setEntries(selection.entries);
        latest.current = selection.microversionId;
        const changed = selection.microversionId && selection.microversionId !== dataFor.current;
        // A version never changes; a workspace does.
        if (changed && elementRef.wvm === "w") void refresh(selection.microversionId!);
      }),
    [channel, refresh, elementRef.wvm],
  );

  const selected = selectedParts(data, entries);
  const shown = selected.length > 0 ? selected : data.parts;
  const totals = partTotals(shown);
  const show = (value: number | null, quantity: Quantity) =>
    value === null
      ? "—"
      : `${formatMeasure(locale, convert(value, quantity, units))} ${unitSymbol(quantity, units)}`;
  const highlight = (part: PartRow) =>
    channel?.send("requestSelectionHighlight", {
      messageId: crypto.randomUUID(),
      selections: [{ selectionType: "BODY", selectionId: part.partId, bodyType: "SOLID" }],
    });

  return (
    <section
      aria-labelledby="selection-heading"
      className="flex flex-col gap-2"
      aria-busy={refreshing}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-1">
        <h1
          id="selection-heading"
          data-testid="selection-heading"
          className="text-sm font-semibold"
        >
          {selected.length > 0
            ? `${selected.length} ${selected.length === 1 ? "part" : "parts"} selected`
            : `Nothing selected · all ${data.parts.length} parts`}
        </h1>
        {refreshing ? (
          <span role="status" className="text-xs text-onshape-muted">
            Model changed, updating…
          </span>
        ) : null}
      </div>
      {problem ? (
        <ErrorPanel
          error={problem}
          retry={<RetryButton onRetry={() => latest.current && void refresh(latest.current)} />}
        />
      ) : null}
      <dl
        data-testid="selection-totals"
        aria-live="polite"
        className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 rounded border border-onshape-line bg-onshape-wash px-2 py-1.5 text-xs"
      >
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
      </dl>
      <ul aria-label="Parts" data-testid="selection-parts" className="flex flex-col gap-1">
        {shown.map((part) => (
          <li key={part.partId}>
            <button
              type="button"
              onClick={() => highlight(part)}
              title="Highlight in Onshape"
              data-part-id={part.partId}
              className="flex w-full flex-col rounded border border-onshape-line bg-white px-2 py-1 text-left text-xs hover:border-onshape focus-visible:outline-2 focus-visible:outline-onshape"
            >
              <span className="font-medium text-onshape-ink">{part.name}</span>
              <span className="text-onshape-muted">{part.material ?? "No material"}</span>
              <span className="grid grid-cols-2 gap-x-2 tabular-nums">
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
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="text-xs">
        <UnitChoice value={units} onChange={setUnits} />
      </div>
    </section>
  );
}
