import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentHeaderPanel } from "@/components/views/document/document-header";
import { ElementsPanel } from "@/components/views/document/elements-panel";
import { Panel } from "@/components/views/panel";
import { SignInPrompt } from "@/components/views/sign-in-prompt";
import { GridSkeleton, HeaderSkeleton } from "@/components/views/skeletons";
import { currentUser } from "@/lib/auth/current-user";
import { parseDocumentRef } from "@/lib/views/ids";
import { requestLocale } from "@/lib/views/request-locale";

export const metadata: Metadata = { title: "Document" };

type Props = { params: Promise<{ did: string; wvm: string; wvmid: string }> };

export default async function DocumentPage({ params }: Props) {
  // Malformed ids never reach Onshape: they get the not-found page straight away.
  const ref = parseDocumentRef(await params);
  if (!ref) notFound();
  const user = await currentUser();
  if (!user) return <SignInPrompt what="this document" />;
  const props = { userId: user.id, ...ref, locale: await requestLocale() };
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href="/documents" className="text-onshape hover:underline">
          ← Documents
        </Link>
      </nav>
      <Panel what="the document" fallback={<HeaderSkeleton />}>
        <DocumentHeaderPanel {...props} />
      </Panel>
      <Panel what="the document's elements" fallback={<GridSkeleton label="elements" />}>
        <ElementsPanel {...props} />
      </Panel>
    </>
  );
}
