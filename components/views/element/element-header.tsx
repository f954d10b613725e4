import Link from "next/link";
import { notFound } from "next/navigation";
import { getDocument } from "@/lib/onshape/documents";
import { getElement } from "@/lib/onshape/elements";
import { getEnv } from "@/lib/env";
import { onshapeUrl, viewLinks } from "@/lib/views/links";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { ElementPanelProps } from "../panel-props";
import { OpenInOnshape } from "./open-in-onshape";

const snapshotLabel = { w: "Workspace", v: "Version", m: "Microversion" } as const;

/** Document and element name, where in the document's history this is, and Onshape's link. */
export async function ElementHeaderPanel(props: ElementPanelProps) {
  const { userId, documentId, wvm, wvmId, elementId, compact } = props;
  const result = await attempt(() =>
    Promise.all([
      getDocument(userId, documentId),
      getElement(userId, documentId, wvm, wvmId, elementId),
    ]),
  );
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} signIn={props.signInAction} heading="h1" />;
  }
  const [doc, element] = result.data;
  if (!element) notFound();
  const ref = { documentId, wvm, wvmId, elementId };
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex flex-col gap-1">
        <nav aria-label="Breadcrumb" className="text-onshape-muted">
          <Link
            href={viewLinks(props.basePath).document(ref)}
            className="text-onshape hover:underline"
          >
            {doc.name}
          </Link>{" "}
          · {snapshotLabel[wvm]}
        </nav>
        <h1 className={compact ? "text-lg font-semibold" : "text-2xl font-semibold"}>
          {element.name}
        </h1>
        <p className="text-onshape-muted">{element.typeLabel}</p>
      </div>
      <OpenInOnshape href={onshapeUrl(getEnv().ONSHAPE_API_URL, ref)} />
    </div>
  );
}
