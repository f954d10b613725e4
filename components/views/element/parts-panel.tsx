import { getPartsTable } from "@/lib/onshape/part-studio";
import { partTotals } from "@/lib/onshape/mappers/parts";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { ElementPanelProps } from "../panel-props";
import { PartsTable } from "./parts-table";

/** A Part Studio's parts with mass properties (two Onshape calls, in parallel). */
export async function PartsPanel(props: ElementPanelProps & { elementName?: string }) {
  const { userId, documentId, wvm, wvmId, elementId } = props;
  const result = await attempt(() => getPartsTable(userId, documentId, wvm, wvmId, elementId));
  if (!result.ok) return <ErrorPanel error={result.error} signIn={props.signInAction} />;
  if (result.data.length === 0) {
    return <p className="text-onshape-muted">This Part Studio has no parts.</p>;
  }
  return (
    <PartsTable
      rows={result.data}
      totals={partTotals(result.data)}
      elementRef={{ documentId, wvm, wvmId, elementId }}
      locale={props.locale}
      compact={props.compact ?? false}
    />
  );
}
