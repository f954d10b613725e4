import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { DocumentHeaderPanel, startDocumentHeader } from "@/components/document/document-header";
import { ElementsPanel } from "@/components/document/elements-panel";
import { Panel } from "@/components/ui/panel";
import { GridSkeleton, HeaderSkeleton } from "@/components/ui/skeletons";
import { currentViewer } from "@/lib/auth/viewer";
import { attempt, isMissing } from "@/lib/errors";
import { parseDocumentRef } from "@/lib/navigation/params";
import { getElements } from "@/lib/onshape/elements";

export const metadata: Metadata = { title: "Document" };

type Props = { params: Promise<{ did: string; wvm: string; wvmid: string }> };

export default async function DocumentPage({ params }: Props) {
  // Malformed ids never reach Onshape: they get the not-found page straight away.
  const documentRef = parseDocumentRef(await params);
  if (!documentRef) notFound();
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="this document" />;
  // Unknown ids answer 404: the lookup the elements panel shares is awaited before streaming
  // (the header's reads run alongside it).
  startDocumentHeader({ userId: viewer.id, documentRef });
  if (isMissing(await attempt(() => getElements(viewer.id, documentRef)))) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href="/documents" className="text-onshape hover:underline">
          ← Documents
        </Link>
      </nav>
      <Panel what="the document" fallback={<HeaderSkeleton />}>
        <DocumentHeaderPanel userId={viewer.id} documentRef={documentRef} />
      </Panel>
      <Panel what="the document's elements" fallback={<GridSkeleton label="elements" />}>
        <ElementsPanel userId={viewer.id} documentRef={documentRef} />
      </Panel>
    </>
  );
}
