import { notFound } from "next/navigation";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getElement } from "@/lib/onshape/elements";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { ElementPanelProps } from "../panel-props";
import { BomPanel } from "./bom-panel";
import { ElementSummaryPanel } from "./element-summary";
import { PartsPanel } from "./parts-panel";

/**
 * What the element holds: parts of a Part Studio, the BOM of an Assembly, a summary otherwise.
 * The URL does not say the type, so this is the one lookup that must come first.
 */
export async function ElementPanel(props: ElementPanelProps) {
  const { userId, documentId, wvm, wvmId, elementId } = props;
  // Start the hinted content now; the panel below awaits the same cached promise. Failures
  // are handled there, so this copy's rejection is ignored.
  if (props.kindHint === "PARTSTUDIO") {
    getPartsTable(userId, documentId, wvm, wvmId, elementId).catch(() => {});
  } else if (props.kindHint === "ASSEMBLY") {
    const view = props.bomView ?? "indented";
    getBillOfMaterials(userId, documentId, wvm, wvmId, elementId, view).catch(() => {});
  }
  const result = await attempt(() => getElement(userId, documentId, wvm, wvmId, elementId));
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} signIn={props.signInAction} />;
  }
  const element = result.data;
  if (!element) notFound();
  switch (element.kind) {
    case "PARTSTUDIO":
      return <PartsPanel {...props} elementName={element.name} />;
    case "ASSEMBLY":
      return <BomPanel {...props} elementName={element.name} />;
    default:
      return <ElementSummaryPanel {...props} element={element} />;
  }
}
