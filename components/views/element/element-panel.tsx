import { notFound } from "next/navigation";
import { getElement } from "@/lib/onshape/elements";
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
