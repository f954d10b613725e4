import type { Metadata } from "next";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { DocumentsPanel } from "@/components/documents/documents-panel";
import { OnshapeUrlBox } from "@/components/documents/onshape-url-box";
import { Panel } from "@/components/ui/panel";
import { TableSkeleton } from "@/components/ui/skeletons";
import { currentViewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { requestLocale } from "@/lib/format/request-locale";
import { parseListState } from "@/lib/navigation/list-state";

export const metadata: Metadata = { title: "Documents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt />;
  const [query, locale] = await Promise.all([searchParams.then(parseListState), requestLocale()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Documents</h1>
      <OnshapeUrlBox apiOrigin={getEnv().ONSHAPE_API_URL} />
      <Panel what="your documents" fallback={<TableSkeleton label="documents" />}>
        <DocumentsPanel userId={viewer.id} query={query} locale={locale} />
      </Panel>
    </>
  );
}
