import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TabShell } from "@/components/tab/tab-shell";
import { TabSignIn } from "@/components/tab/tab-sign-in";
import { TabSignedIn } from "@/components/tab/tab-signed-in";
import { currentViewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { parseTabContext, tabContextQuery, toSearchParams } from "@/lib/extension/tab-context";

// The app's element tab (its Action URL). Onshape frames it with the document's ids in the
// query; proxy.ts has already answered a bad query with its 400 page naming each parameter.

export const metadata: Metadata = { title: "Onshape tab" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TabPage({ searchParams }: Props) {
  const query = toSearchParams(await searchParams);
  const env = getEnv();
  const parsed = parseTabContext(query, { apiOrigin: env.ONSHAPE_API_URL });
  if (!parsed.ok) notFound();
  const { context } = parsed;
  const viewer = await currentViewer();
  return (
    <TabShell context={context} apiOrigin={env.ONSHAPE_API_URL}>
      {viewer ? (
        <TabSignedIn viewer={viewer} context={context} />
      ) : (
        <TabSignIn
          tabQuery={tabContextQuery(context)}
          companyId={context.companyId}
          appOrigin={new URL(env.AUTH_URL).origin}
          onshapeOrigin={context.server}
        />
      )}
    </TabShell>
  );
}
