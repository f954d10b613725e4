import type { Metadata } from "next";
import { TabShell } from "@/components/tab/tab-shell";
import { TabSignIn } from "@/components/tab/tab-sign-in";
import { TabSignedIn } from "@/components/tab/tab-signed-in";
import { currentUser } from "@/lib/auth/current-user";
import { getEnv } from "@/lib/env";
import { parseTabContext, tabContextQuery, toSearchParams } from "@/lib/onshape/tab-context";

// The app's element tab (its Action URL). Onshape frames it with the document's ids in the
// query; proxy.ts has already answered a bad query with a 400 page.

export const metadata: Metadata = { title: "Onshape tab" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TabPage({ searchParams }: Props) {
  const query = toSearchParams(await searchParams);
  const env = getEnv();
  const parsed = parseTabContext(query, { apiOrigin: env.ONSHAPE_API_URL });
  if (!parsed.ok) {
    // Only reachable if the proxy is bypassed; still a clear page, never a call to Onshape.
    return (
      <main role="alert" className="p-3">
        <h1 className="font-semibold">This tab link is not valid</h1>
        <ul>
          {parsed.problems.map((p) => (
            <li key={p.parameter} data-parameter={p.parameter}>
              <code>{p.parameter}</code>: {p.message}
            </li>
          ))}
        </ul>
      </main>
    );
  }
  const { context } = parsed;
  const user = await currentUser();
  return (
    <TabShell context={context} apiOrigin={env.ONSHAPE_API_URL}>
      {user ? (
        <TabSignedIn viewer={user} context={context} />
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
