import { EditablePartsTable } from "@/components/properties/editable-parts-table";
import { EditingBar } from "@/components/properties/editing-bar";
import { ErrorPanel } from "@/components/ui/error-panel";
import { editAccess } from "@/lib/auth/edit-permission";
import { attempt } from "@/lib/errors";
import { partTotals } from "@/lib/onshape/mappers/parts";
import { viewSnapshot } from "@/lib/onshape/models";
import { getPartProperties } from "@/lib/onshape/part-metadata";
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
  // Users who may edit, in a workspace, also get Onshape's metadata (what is editable and its
  // rules): one more call, alongside the others.
  const editing = elementRef.wvm === "w" && (await editAccess(userId)) === "granted";
  const [result, metadata, snapshot] = await Promise.all([
    attempt(() => getPartsTable(userId, elementRef)),
    editing ? attempt(() => getPartProperties(userId, elementRef)) : null,
    viewSnapshot(userId, elementRef),
  ]);
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
          snapshot={snapshot}
          rows={result.data.map((row) => ({ id: row.partId, name: row.name }))}
          locale={locale}
        />
        <EditingBar userId={userId} elementRef={elementRef} />
        {metadata && !metadata.ok ? <ErrorPanel error={metadata.error} surface={surface} /> : null}
        {metadata?.ok ? (
          <EditablePartsTable
            rows={result.data}
            totals={partTotals(result.data)}
            elementRef={elementRef}
            locale={locale}
            units={units}
            parts={metadata.data}
          />
        ) : (
          <PartsTable
            rows={result.data}
            totals={partTotals(result.data)}
            elementRef={elementRef}
            locale={locale}
            units={units}
          />
        )}
      </div>
    </ModelSelectionProvider>
  );
}
