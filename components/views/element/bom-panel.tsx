import Link from "next/link";
import { getBillOfMaterials } from "@/lib/onshape/bill-of-materials";
import { apiLinks, viewLinks } from "@/lib/views/links";
import type { BomView } from "@/lib/views/types";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { ElementPanelProps } from "../panel-props";
import { BomTableView } from "./bom-table";

const viewLabels: Record<BomView, string> = {
  indented: "Indented (all levels)",
  flattened: "Flattened (parts only)",
};

/** An Assembly's bill of materials, indented or flattened; one Onshape call per view. */
export async function BomPanel(props: ElementPanelProps & { elementName?: string }) {
  const { userId, documentId, wvm, wvmId, elementId } = props;
  const view = props.bomView ?? "indented";
  const ref = { documentId, wvm, wvmId, elementId };
  const result = await attempt(() =>
    getBillOfMaterials(userId, documentId, wvm, wvmId, elementId, view),
  );
  const links = viewLinks(props.basePath);
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
              href={links.element(ref, { bom: option, kind: "ASSEMBLY" })}
              aria-current={option === view ? "page" : undefined}
              className="border-r border-onshape-line px-3 py-1.5 last:border-0 hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape aria-[current=page]:bg-onshape aria-[current=page]:text-white"
            >
              {viewLabels[option]}
            </Link>
          ))}
        </nav>
        {result.ok ? (
          <a
            href={apiLinks.bomCsv(ref, view)}
            download
            className="rounded-md border border-onshape-line bg-white px-3 py-1.5 text-onshape hover:bg-onshape-wash focus-visible:outline-2 focus-visible:outline-onshape"
          >
            Download CSV
          </a>
        ) : null}
      </div>
      {result.ok ? (
        <BomTableView table={result.data} locale={props.locale} compact={props.compact ?? false} />
      ) : (
        <ErrorPanel error={result.error} signIn={props.signInAction} />
      )}
    </section>
  );
}
