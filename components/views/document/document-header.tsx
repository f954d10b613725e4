import { notFound } from "next/navigation";
import { getDocument, getSnapshotOptions } from "@/lib/onshape/documents";
import { attempt } from "@/lib/views/view-error";
import { ErrorPanel } from "../error-panel";
import type { DocumentPanelProps } from "../panel-props";
import { SnapshotSwitcher } from "./snapshot-switcher";

/** The document's name and owner, and a switcher between its workspaces and versions. */
export async function DocumentHeaderPanel(props: DocumentPanelProps) {
  const { userId, documentId, compact } = props;
  // Three independent calls: the document, its workspaces and its versions, in parallel.
  const result = await attempt(() =>
    Promise.all([getDocument(userId, documentId), getSnapshotOptions(userId, documentId)]),
  );
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} signIn={props.signInAction} heading="h1" />;
  }
  const [doc, options] = result.data;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex flex-col gap-1">
        <h1 className={compact ? "text-lg font-semibold" : "text-2xl font-semibold"}>{doc.name}</h1>
        {doc.ownerName ? <p className="text-onshape-muted">Owner: {doc.ownerName}</p> : null}
      </div>
      <SnapshotSwitcher
        options={options}
        current={{ documentId, wvm: props.wvm, wvmId: props.wvmId }}
        basePath={props.basePath}
      />
    </div>
  );
}
