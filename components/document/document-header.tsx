import { notFound } from "next/navigation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { attempt } from "@/lib/errors";
import { getDocument, getSnapshotOptions } from "@/lib/onshape/documents";
import type { DocumentRef } from "@/lib/onshape/types";
import { SnapshotSwitcher } from "./snapshot-switcher";

/** Starts the header's reads, so a page that awaits something first does not delay them. */
export function startDocumentHeader({
  userId,
  documentRef,
}: {
  userId: string;
  documentRef: DocumentRef;
}) {
  getDocument(userId, documentRef).catch(() => {});
  getSnapshotOptions(userId, documentRef.documentId).catch(() => {});
}

/** The document's name and owner, and a switcher between its workspaces and versions. */
export async function DocumentHeaderPanel({
  userId,
  documentRef,
}: {
  userId: string;
  documentRef: DocumentRef;
}) {
  // Three independent calls: the document, its workspaces and its versions, in parallel.
  const result = await attempt(() =>
    Promise.all([
      getDocument(userId, documentRef),
      getSnapshotOptions(userId, documentRef.documentId),
    ]),
  );
  if (!result.ok) {
    if (result.error.kind === "not-found") notFound();
    return <ErrorPanel error={result.error} heading="h1" />;
  }
  const [doc, options] = result.data;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{doc.name}</h1>
        {doc.ownerName ? <p className="text-onshape-muted">Owner: {doc.ownerName}</p> : null}
      </div>
      <SnapshotSwitcher options={options} current={documentRef} />
    </div>
  );
}
