import Link from "next/link";
import { notFound } from "next/navigation";
import { snapshotLabel } from "@/components/document/snapshot-label";
import { ErrorPanel } from "@/components/ui/error-panel";
import { getEnv } from "@/lib/env";
import { attempt } from "@/lib/errors";
import { onshapeUrl, pageLinks } from "@/lib/navigation/links";
import { getDocument } from "@/lib/onshape/documents";
import { getElement } from "@/lib/onshape/elements";
import type { ElementViewProps } from "./props";
import { OpenInOnshape } from "./open-in-onshape";

/** Document and element name, where in the document's history this is, and Onshape's link. */
export async function ElementHeaderPanel({ userId, elementRef }: ElementViewProps) {
  const result = await attempt(() =>
    Promise.all([getDocument(userId, elementRef), getElement(userId, elementRef)]),
  );
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} heading="h1" />;
  }
  const [doc, element] = result.data;
  if (!element) notFound();
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex flex-col gap-1">
        <nav aria-label="Breadcrumb" className="text-onshape-muted">
          <Link href={pageLinks.document(elementRef)} className="text-onshape hover:underline">
            {doc.name}
          </Link>{" "}
          · {snapshotLabel[elementRef.wvm]}
        </nav>
        <h1 className="text-2xl font-semibold">{element.name}</h1>
        <p className="text-onshape-muted">{element.typeLabel}</p>
      </div>
      <OpenInOnshape href={onshapeUrl(getEnv().ONSHAPE_API_URL, elementRef)} />
    </div>
  );
}
