import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { buttonClass } from "@/components/ui/button";
import { attempt } from "@/lib/errors";
import { apiLinks, pageLinks } from "@/lib/navigation/links";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import type { BomView } from "@/lib/onshape/types";
import { BomTableView } from "./bom-table";
import type { ElementViewProps } from "./props";

const viewLabels: Record<BomView, string> = {
  indented: "Indented (all levels)",
  flattened: "Flattened (parts only)",
};

/** An Assembly's bill of materials, indented or flattened; one Onshape call per view. */
export async function BomPanel({ userId, elementRef, locale, bomView }: ElementViewProps) {
  const result = await attempt(() => getBillOfMaterials(userId, elementRef, bomView));
  return (
    <section aria-label="Bill of materials" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav
          aria-label="BOM view"
          className="flex overflow-hidden rounded-md border border-onshape-line bg-white"
        >
          {(["indented", "flattened"] as const).map((option) => (
            <Link
              key={option}
              href={pageLinks.element(elementRef, { bom: option, kind: "ASSEMBLY" })}
              aria-current={option === bomView ? "page" : undefined}
              className="border-r border-onshape-line px-3 py-1.5 last:border-0 hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape aria-[current=page]:bg-onshape aria-[current=page]:text-white"
            >
              {viewLabels[option]}
            </Link>
          ))}
        </nav>
        {result.ok ? (
          <a href={apiLinks.bomCsv(elementRef, bomView)} download className={buttonClass()}>
            Download CSV
          </a>
        ) : null}
      </div>
      {result.ok ? (
        <BomTableView table={result.data} locale={locale} />
      ) : (
        <ErrorPanel error={result.error} />
      )}
    </section>
  );
}
