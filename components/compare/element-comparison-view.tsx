import type { UnitSystem } from "@/lib/format/units";
import type { ElementComparison } from "@/lib/onshape/compare";
import { ComparisonView } from "./comparison-view";

/** What the comparison found for the element: its parts or BOM lines, or why there is none. */
export function ElementComparisonView({
  comparison,
  locale,
  units,
  beforeName,
  afterName,
}: {
  comparison: ElementComparison;
  locale: string;
  units: UnitSystem;
  beforeName: string;
  afterName: string;
}) {
  if (comparison.kind === "MISSING") {
    return (
      <p role="status">
        This element is not in{" "}
        {comparison.missingIn
          .map((side) => (side === "before" ? beforeName : afterName))
          .join(" or ")}
        .
      </p>
    );
  }
  if (comparison.kind === "OTHER") {
    return <p role="status">Only Part Studios and assemblies can be compared.</p>;
  }
  // A Part Studio is compared part by part, an assembly by its flattened BOM.
  const { label, differences } =
    comparison.kind === "PARTSTUDIO"
      ? { label: "Parts", differences: comparison.parts }
      : { label: "BOM lines", differences: comparison.bom };
  return (
    <ComparisonView
      label={label}
      comparison={differences}
      locale={locale}
      units={units}
      beforeName={beforeName}
      afterName={afterName}
    />
  );
}
