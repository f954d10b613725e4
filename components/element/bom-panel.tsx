import Link from "next/link";
import { DownloadLink } from "@/components/tab/download-link";
import { BomViewButton } from "@/components/tab/tab-navigator";
import { ErrorPanel } from "@/components/ui/error-panel";
import { buttonClass } from "@/components/ui/button";
import { attempt } from "@/lib/errors";
import { apiLinks, pageLinks } from "@/lib/navigation/links";
import { rollUpBom } from "@/lib/bom/roll-up";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { getBomPartMasses } from "@/lib/onshape/bom-masses";
import type { BomTable, BomView } from "@/lib/onshape/types";
import { ModelSelectionProvider } from "@/components/viewer/model-selection";
import { ModelView } from "@/components/viewer/model-view";
import { BomWithEditing } from "@/components/properties/bom-editing";
import { viewSnapshot } from "@/lib/onshape/models";
import type { ElementViewProps } from "./props";

const viewLabels: Record<BomView, string> = {
  indented: "Indented (all levels)",
  flattened: "Flattened (parts only)",
};

const toggleClass =
  "border-r border-onshape-line last:border-0 hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape";

/** Each BOM row's id and name, which the model's instances are matched to. */
function bomRowNames(table: BomTable): { id: string; name: string }[] {
  const column = table.columns.findIndex((header) => header.propertyName === "name");
  if (column < 0) return [];
  return table.rows.flatMap((row) => {
    const name = row.cells[column];
    return typeof name === "string" && name ? [{ id: row.id, name }] : [];
  });
}

/**
 * An Assembly's bill of materials, indented or flattened (one Onshape call per view), and the
 * assembly in 3D beside it, its instances linked to their rows.
 */
export async function BomPanel({
  userId,
  elementRef,
  locale,
  bomView,
  surface,
  units,
}: ElementViewProps) {
  const [result, snapshot] = await Promise.all([
    attempt(() => getBillOfMaterials(userId, elementRef, bomView)),
    viewSnapshot(userId, elementRef),
  ]);
  // The masses come from the Part Studios the rows name: one call per Part Studio, after the BOM.
  const masses = result.ok ? await attempt(() => getBomPartMasses(userId, result.data)) : null;
  const rollUp = result.ok && masses?.ok ? rollUpBom(result.data, masses.data) : null;
  return (
    <ModelSelectionProvider>
      <div className="flex flex-col gap-6">
        <ModelView
          elementRef={elementRef}
          kind="ASSEMBLY"
          configuration=""
          snapshot={snapshot}
          rows={result.ok ? bomRowNames(result.data) : []}
          locale={locale}
        />
        <section aria-label="Bill of materials" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <nav
              aria-label="BOM view"
              className="flex overflow-hidden rounded-md border border-onshape-line bg-white"
            >
              {(["indented", "flattened"] as const).map((option) =>
                surface?.kind === "tab" ? (
                  <BomViewButton
                    key={option}
                    view={option}
                    className={`${toggleClass} px-2 py-1 aria-pressed:bg-onshape aria-pressed:text-white`}
                  >
                    {viewLabels[option]}
                  </BomViewButton>
                ) : (
                  <Link
                    key={option}
                    href={pageLinks.element(elementRef, { bom: option, kind: "ASSEMBLY" })}
                    aria-current={option === bomView ? "page" : undefined}
                    className={`${toggleClass} px-3 py-1.5 aria-[current=page]:bg-onshape aria-[current=page]:text-white`}
                  >
                    {viewLabels[option]}
                  </Link>
                ),
              )}
            </nav>
            {result.ok ? (
              <DownloadLink
                href={apiLinks.bomCsv(elementRef, bomView, units)}
                className={buttonClass()}
              >
                Download CSV
              </DownloadLink>
            ) : null}
          </div>
          {result.ok ? (
            <>
              {masses && !masses.ok ? <ErrorPanel error={masses.error} surface={surface} /> : null}
              <BomWithEditing
                userId={userId}
                elementRef={elementRef}
                table={result.data}
                locale={locale}
                surface={surface}
                rollUp={rollUp}
                units={units}
              />
            </>
          ) : (
            <ErrorPanel error={result.error} surface={surface} />
          )}
        </section>
      </div>
    </ModelSelectionProvider>
  );
}
