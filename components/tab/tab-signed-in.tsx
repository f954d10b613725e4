import { ElementsPanel } from "@/components/document/elements-panel";
import type { Viewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { tabContextQuery, type TabContext } from "@/lib/extension/tab-context";
import { CookieHelp } from "./cookie-help";
import { TabAccountControls } from "./tab-account-controls";
import { TabContextSummary } from "./tab-context-summary";

type Props = {
  /** Passed in: a tab whose session lives in memory has no cookie for `auth()` to read. */
  viewer: Viewer;
  context: TabContext;
  /** The session lives only in this tab's memory: say so, and what would make it last. */
  memoryOnly?: boolean;
};

export function TabSignedIn({ viewer, context, memoryOnly = false }: Props) {
  const surface = { kind: "tab", tabQuery: tabContextQuery(context), memoryOnly } as const;
  return (
    <>
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-onshape-line pb-2">
        <TabContextSummary context={context} />
        <div className="flex flex-col items-end gap-0.5">
          <p className="text-xs text-onshape-muted">
            Signed in as{" "}
            <strong data-testid="onshape-user-name" className="text-onshape-ink">
              {viewer.name ?? "your Onshape account"}
            </strong>
          </p>
          <TabAccountControls tabQuery={surface.tabQuery} />
        </div>
      </header>
      {memoryOnly ? (
        <div
          role="status"
          data-testid="memory-session"
          className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-xs"
        >
          <p className="font-semibold">Signed in for this tab only</p>
          <p>Your sign-in is kept in this tab&apos;s memory and ends when the tab reloads.</p>
          <CookieHelp
            appOrigin={new URL(getEnv().AUTH_URL).origin}
            onshapeOrigin={context.server}
          />
        </div>
      ) : null}
      <section aria-label="Document" data-testid="tab-document">
        <ElementsPanel
          userId={viewer.id}
          documentRef={context}
          currentElementId={context.elementId}
          surface={surface}
        />
      </section>
    </>
  );
}
