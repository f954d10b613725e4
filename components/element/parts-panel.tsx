import { EditablePartsTable } from "@/components/properties/editable-parts-table";
import { EditingBar } from "@/components/properties/editing-bar";
import { ErrorPanel } from "@/components/ui/error-panel";
import { editAccess } from "@/lib/auth/edit-permission";
import { attempt } from "@/lib/errors";
import { partTotals } from "@/lib/onshape/mappers/parts";
import { getPartProperties } from "@/lib/onshape/part-metadata";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { PartsTable } from "./parts-table";
import type { ElementViewProps } from "./props";

/**
 * A Part Studio's parts with mass properties (two Onshape calls, in parallel). Users who may
 * edit, in a workspace, also get Onshape's metadata (what is editable and its rules): one more
 * call, alongside the others.
 */
export async function PartsPanel({ userId, elementRef, locale }: ElementViewProps) {
  const editing = elementRef.wvm === "w" && (await editAccess(userId)) === "granted";
  const [result, metadata] = await Promise.all([
    attempt(() => getPartsTable(userId, elementRef)),
    editing ? attempt(() => getPartProperties(userId, elementRef)) : null,
  ]);
  if (!result.ok) return <ErrorPanel error={result.error} />;
  if (result.data.length === 0) {
    return <p className="text-onshape-muted">This Part Studio has no parts.</p>;
  }
  const table = {
    rows: result.data,
    totals: partTotals(result.data),
    elementRef,
    locale,
  };
  return (
    <>
      <EditingBar userId={userId} elementRef={elementRef} />
      {metadata && !metadata.ok ? <ErrorPanel error={metadata.error} /> : null}
      {metadata?.ok ? (
        <EditablePartsTable {...table} parts={metadata.data} />
      ) : (
        <PartsTable {...table} />
      )}
    </>
  );
}
