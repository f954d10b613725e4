import type { Metadata } from "next";
import { PanelSignIn } from "@/components/panel/panel-sign-in";
import { PanelSignedIn } from "@/components/panel/panel-signed-in";
import { TabBridgeIsland } from "@/components/tab/tab-bridge-island";
import { currentViewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { panelContextQuery, parsePanelContext } from "@/lib/extension/panel-context";
import { toSearchParams } from "@/lib/extension/tab-context";

// The app's Element right panel (README: registering it). Onshape frames it beside a Part
// Studio or assembly with the element in the query, and sends it the user's selection.

export const metadata: Metadata = { title: "Onshape panel" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PanelPage({ searchParams }: Props) {
  // The query first: it makes the page dynamic, so the settings are read per request.
  const query = toSearchParams(await searchParams);
  const env = getEnv();
  const parsed = parsePanelContext(query, { apiOrigin: env.ONSHAPE_API_URL });
  if (!parsed.ok) {
    return (
      <main className="p-3 text-[13px]">
        <h1 className="font-semibold">This panel was opened with a query it cannot use</h1>
        <ul role="alert" className="list-disc pl-5">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </main>
    );
  }
  const { context } = parsed;
  const { elementRef: ref } = context;
  const ids = {
    documentId: ref.documentId,
    elementId: ref.elementId,
    ...(ref.wvm === "w" ? { workspaceId: ref.wvmId } : { versionId: ref.wvmId }),
  };
  const viewer = await currentViewer();
  return (
    <TabBridgeIsland ids={ids} server={context.server} apiOrigin={env.ONSHAPE_API_URL}>
      <div className="flex flex-col gap-2 px-2 py-2 text-[13px] leading-snug">
        {viewer ? (
          <PanelSignedIn viewer={viewer} context={context} />
        ) : (
          <PanelSignIn
            panelQuery={panelContextQuery(context)}
            appOrigin={new URL(env.AUTH_URL).origin}
            onshapeOrigin={context.server}
          />
        )}
      </div>
    </TabBridgeIsland>
  );
}
