import { notFound } from "next/navigation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { attempt } from "@/lib/errors";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getElement } from "@/lib/onshape/elements";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { BomPanel } from "./bom-panel";
import { ConfiguredElement } from "./configured-element";
import { ElementSummaryPanel } from "./element-summary";
import { PartsPanel } from "./parts-panel";
import type { ElementViewProps } from "./props";

/**
 * What the element holds: parts of a Part Studio, the BOM of an Assembly, a summary otherwise.
 * The URL does not say the type, so this is the one lookup that must come first.
 */
export async function ElementPanel(props: ElementViewProps) {
  const { userId, elementRef, kindHint } = props;
  // Start the hinted content now; the panel below awaits the same memoized promise. Failures
  // are handled there, so this copy's rejection is ignored.
  if (kindHint === "PARTSTUDIO") {
    getPartsTable(userId, elementRef).catch(() => {});
  } else if (kindHint === "ASSEMBLY") {
    getBillOfMaterials(userId, elementRef, props.bomView).catch(() => {});
  }
  const result = await attempt(() => getElement(userId, elementRef));
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} />;
  }
  const element = result.data;
  if (!element) notFound();
  switch (element.kind) {
    case "PARTSTUDIO":
      return (
        <ConfiguredElement {...props} kind="PARTSTUDIO">
          <PartsPanel {...props} />
        </ConfiguredElement>
      );
    case "ASSEMBLY":
      return (
        <ConfiguredElement {...props} kind="ASSEMBLY">
          <BomPanel {...props} />
        </ConfiguredElement>
      );
    default:
      return <ElementSummaryPanel {...props} element={element} />;
  }
}
