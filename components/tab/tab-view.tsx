import { snapshotLabel } from "@/components/document/snapshot-label";
import { ElementsPanel } from "@/components/document/elements-panel";
import { ElementPanel } from "@/components/element/element-panel";
import { ErrorPanel } from "@/components/ui/error-panel";
import { Panel } from "@/components/ui/panel";
import { TableSkeleton } from "@/components/ui/skeletons";
import type { Viewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { attempt, needsSignIn } from "@/lib/errors";
import { tabContextQuery, type TabContext } from "@/lib/extension/tab-context";
import { targetRef, type TabTarget } from "@/lib/extension/tab-views";
import { loadTabState, prefetchTabContent } from "@/lib/extension/tab-workspace";
import { requestLocale } from "@/lib/format/request-locale";
import { requestUnits } from "@/lib/format/request-units";
import type { Surface } from "@/lib/navigation/surface";
import { getDocument } from "@/lib/onshape/documents";
import { getElement } from "@/lib/onshape/elements";
import type { BomView } from "@/lib/onshape/types";
import { CookieHelp } from "./cookie-help";
import { PickElementButton } from "./pick-element-button";
import { TabAccountControls } from "./tab-account-controls";
import { ShowInTabButton } from "./tab-navigator";
import { TabSignIn } from "./tab-sign-in";

type Props = {
  viewer: Viewer;
  context: TabContext;
  memoryOnly: boolean;
  bomView: BomView;
};

/**
 * Everything the tab shows once signed in: the document, workspace or version and user by
 * name, then either the document's elements or the element the tab remembers, inside the tab.
 */
export async function TabView({ viewer, context, memoryOnly, bomView }: Props) {
  const surface: Surface = { kind: "tab", tabQuery: tabContextQuery(context), memoryOnly };
  prefetchTabContent(viewer.id, context, bomView);
  const [state, locale] = await Promise.all([
    attempt(() => loadTabState(viewer.id, context)),
    context.locale ? Promise.resolve(context.locale) : requestLocale(),
  ]);
  const user = (
    <div className="flex flex-col items-end gap-0.5">
      <p className="text-xs text-onshape-muted">
        Signed in as{" "}
        <strong data-testid="onshape-user-name" className="text-onshape-ink">
          {viewer.name ?? "your Onshape account"}
        </strong>
      </p>
      <TabAccountControls tabQuery={surface.tabQuery} />
    </div>
  );
  const notice = memoryOnly ? <MemorySessionNotice server={context.server} /> : null;
  // A revoked grant (the account is marked for reconnect) is not an error to the user: the
  // same screen as before the first grant, saying why.
  if (!state.ok && needsSignIn(state.error.kind)) {
    return (
      <TabSignIn
        revoked={state.error.kind === "reconnect"}
        tabQuery={surface.tabQuery}
        companyId={context.companyId}
        appOrigin={new URL(getEnv().AUTH_URL).origin}
        onshapeOrigin={context.server}
      />
    );
  }
  if (!state.ok) {
    return (
      <>
        <header className="flex flex-wrap justify-end border-b border-onshape-line pb-1.5">
          {user}
        </header>
        {notice}
        <ErrorPanel error={state.error} surface={surface} />
      </>
    );
  }
  const { document, snapshotName, target } = state.data;
  return (
    <>
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-onshape-line pb-1.5">
        <p data-testid="tab-context" className="min-w-0 text-xs">
          <span data-testid="tab-document-name" className="font-semibold text-onshape-ink">
            {document.name}
          </span>
          <span className="text-onshape-muted"> · {snapshotLabel[context.wvm]}: </span>
          <span data-testid="tab-snapshot-name">{snapshotName ?? "an earlier state"}</span>
        </p>
        {user}
      </header>
      {notice}
      <PickElementButton />
      {target ? (
        <TabElementView
          viewer={viewer}
          context={context}
          target={target}
          surface={surface}
          locale={locale}
          bomView={bomView}
        />
      ) : (
        <section aria-label="Document" data-testid="tab-document">
          <ElementsPanel
            userId={viewer.id}
            documentRef={context}
            currentElementId={context.elementId}
            surface={surface}
          />
        </section>
      )}
    </>
  );
}

async function TabElementView({
  viewer,
  context,
  target,
  surface,
  locale,
  bomView,
}: {
  viewer: Viewer;
  context: TabContext;
  target: TabTarget;
  surface: Surface;
  locale: string;
  bomView: BomView;
}) {
  const elementRef = targetRef(context, target);
  const otherDocument = target.documentId !== context.documentId;
  const heading = await attempt(() =>
    Promise.all([
      getElement(viewer.id, elementRef),
      otherDocument ? getDocument(viewer.id, elementRef) : null,
    ]),
  );
  const back = (
    <ShowInTabButton
      change={{ show: "document" }}
      className="text-xs text-onshape hover:underline focus-visible:outline-2 focus-visible:outline-onshape"
    >
      ← All elements of this document
    </ShowInTabButton>
  );
  if (!heading.ok || !heading.data[0]) {
    return (
      <section
        aria-label="Element"
        data-testid="tab-element"
        className="flex flex-col items-start gap-2"
      >
        {back}
        <ErrorPanel
          error={
            heading.ok
              ? {
                  kind: "not-found",
                  message: "The element this tab showed is not in this workspace or version.",
                }
              : heading.error
          }
          surface={surface}
        />
      </section>
    );
  }
  const [element, doc] = heading.data;
  return (
    <section
      aria-labelledby="tab-element-name"
      data-testid="tab-element"
      className="flex flex-col gap-2"
    >
      <nav aria-label="Back">{back}</nav>
      <h1 id="tab-element-name" className="text-sm font-semibold">
        {element.name}{" "}
        <span className="font-normal text-onshape-muted">
          {element.typeLabel}
          {doc ? ` · in ${doc.name}` : null}
        </span>
      </h1>
      <div className="text-xs [&_td]:px-1.5 [&_td]:py-1 [&_th]:px-1.5 [&_th]:py-1">
        <Panel what="the element's contents" fallback={<TableSkeleton label="contents" />}>
          <ElementPanel
            userId={viewer.id}
            elementRef={elementRef}
            locale={locale}
            bomView={bomView}
            kindHint={target.kind ?? element.kind}
            surface={surface}
            units={await requestUnits(undefined)}
          />
        </Panel>
      </div>
    </section>
  );
}

function MemorySessionNotice({ server }: { server: string }) {
  return (
    <div
      role="status"
      data-testid="memory-session"
      className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-xs"
    >
      <p className="font-semibold">Signed in for this tab only</p>
      <p>Your sign-in is kept in this tab&apos;s memory and ends when the tab reloads.</p>
      <CookieHelp appOrigin={new URL(getEnv().AUTH_URL).origin} onshapeOrigin={server} />
    </div>
  );
}
