import type { Metadata } from "next";
import { DocumentsPanel } from "@/components/views/documents/documents-panel";
import { OnshapeUrlBox } from "@/components/views/documents/onshape-url-box";
import { Panel } from "@/components/views/panel";
import { SignInPrompt } from "@/components/views/sign-in-prompt";
import { TableSkeleton } from "@/components/views/skeletons";
import { currentUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { parseListState } from "@/lib/views/list-state";
import { requestLocale } from "@/lib/views/request-locale";

export const metadata: Metadata = { title: "Documents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const user = await currentUser();
  if (!user) return <SignInPrompt />;
  const [state, locale] = await Promise.all([searchParams.then(parseListState), requestLocale()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Documents</h1>
      <OnshapeUrlBox apiOrigin={getEnv().ONSHAPE_API_URL} />
      <Panel what="your documents" fallback={<TableSkeleton label="documents" />}>
        <DocumentsPanel userId={user.id} state={state} locale={locale} />
      </Panel>
    </>
  );
}
