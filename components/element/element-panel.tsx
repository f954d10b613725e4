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
 * Starts reading the content the link's type hint promises, alongside the element lookup; the
 * panels await the same memoized promise and handle its failures, so this copy's are ignored.
 */
export function startElementContent({
  userId,
  elementRef,
  kindHint,
  bomView,
}: Pick<ElementViewProps, "userId" | "elementRef" | "kindHint" | "bomView">) {
  if (kindHint === "PARTSTUDIO") {
    getPartsTable(userId, elementRef).catch(() => {});
  } else if (kindHint === "ASSEMBLY") {
    getBillOfMaterials(userId, elementRef, bomView).catch(() => {});
  }
}

/**
 * What the element holds: parts of a Part Studio, the BOM of an Assembly, a summary otherwise.
 * The URL does not say the type, so this is the one lookup that must come first.
 */
export async function ElementPanel(props: ElementViewProps) {
  const { userId, elementRef } = props;
  // The tab has no not-found page of its own: it says so in place, with its way back.
  const onPage = (props.surface?.kind ?? "page") === "page";
  startElementContent(props);
  const result = await attempt(() => getElement(userId, elementRef));
  if (!result.ok) {
    if (result.error.kind === "not-found" && onPage) notFound();
    return <ErrorPanel error={result.error} surface={props.surface} />;
  }
  const element = result.data;
  if (!element) {
    if (onPage) notFound();
    return (
      <ErrorPanel
        error={{ kind: "not-found", message: "This element is not in this workspace or version." }}
        surface={props.surface}
      />
    );
  }
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
