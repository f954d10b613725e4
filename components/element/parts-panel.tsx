import { EditingBar } from "@/components/properties/editing-bar";
import { ErrorPanel } from "@/components/ui/error-panel";
import { attempt } from "@/lib/errors";
import { partTotals } from "@/lib/onshape/mappers/parts";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { ModelSelectionProvider } from "@/components/viewer/model-selection";
import { ModelView } from "@/components/viewer/model-view";
import { PartsTable } from "./parts-table";
import type { ElementViewProps } from "./props";

/**
 * A Part Studio's parts with mass properties (two Onshape calls, in parallel) and the model in
 * 3D beside them, its parts linked to their rows.
 */
export async function PartsPanel({ userId, elementRef, locale, surface, units }: ElementViewProps) {
  const result = await attempt(() => getPartsTable(userId, elementRef));
  if (!result.ok) return <ErrorPanel error={result.error} surface={surface} />;
  if (result.data.length === 0) {
    return <p className="text-onshape-muted">This Part Studio has no parts.</p>;
  }
  return (
    <ModelSelectionProvider>
      <div className="flex flex-col gap-6">
        <ModelView
          elementRef={elementRef}
          kind="PARTSTUDIO"
          configuration={elementRef.configuration ?? ""}
          rows={result.data.map((row) => ({ id: row.partId, name: row.name }))}
          locale={locale}
        />
        <EditingBar userId={userId} elementRef={elementRef} />
        <PartsTable
          rows={result.data}
          totals={partTotals(result.data)}
          elementRef={elementRef}
          locale={locale}
          units={units}
        />
      </div>
    </ModelSelectionProvider>
  );
}
