import { ErrorPanel } from "@/components/ui/error-panel";
import { attempt } from "@/lib/errors";
import { partTotals } from "@/lib/onshape/mappers/parts";
import { getPartsTable } from "@/lib/onshape/part-studio";
import { PartsTable } from "./parts-table";
import type { ElementViewProps } from "./props";

/** A Part Studio's parts with mass properties (two Onshape calls, in parallel). */
export async function PartsPanel({ userId, elementRef, locale, units }: ElementViewProps) {
  const result = await attempt(() => getPartsTable(userId, elementRef));
  if (!result.ok) return <ErrorPanel error={result.error} />;
  if (result.data.length === 0) {
    return <p className="text-onshape-muted">This Part Studio has no parts.</p>;
  }
  return (
    <PartsTable
      rows={result.data}
      totals={partTotals(result.data)}
      elementRef={elementRef}
      locale={locale}
      units={units}
    />
  );
}
