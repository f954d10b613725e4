import { ErrorPanel } from "@/components/ui/error-panel";
import type { Viewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { attempt, needsSignIn } from "@/lib/errors";
import { panelContextQuery, type PanelContext } from "@/lib/extension/panel-context";
import { getElement } from "@/lib/onshape/elements";
import { getAssemblySelectionData, getPartStudioSelectionData } from "@/lib/onshape/selection-data";
import { AssemblySelection } from "./assembly-selection";
import { PanelSignIn } from "./panel-sign-in";
import { PartStudioSelection } from "./part-studio-selection";

/** The panel's first view: the element's data for every selection, read once. */
export async function PanelSignedIn({
  viewer,
  context,
}: {
  viewer: Viewer;
  context: PanelContext;
}) {
  const { elementRef, configuration } = context;
  const surface = { kind: "panel", panelQuery: panelContextQuery(context) } as const;
  const element = await attempt(() => getElement(viewer.id, elementRef));
  // A revoked grant gets the grant screen, not an error.
  if (!element.ok && needsSignIn(element.error.kind)) {
    return (
      <PanelSignIn
        revoked={element.error.kind === "reconnect"}
        panelQuery={surface.panelQuery}
        appOrigin={new URL(getEnv().AUTH_URL).origin}
        onshapeOrigin={context.server}
      />
    );
  }
  if (!element.ok) return <ErrorPanel error={element.error} surface={surface} />;
  if (!element.data) {
    return (
      <ErrorPanel
        error={{ kind: "not-found", message: "This element is not in this workspace or version." }}
        surface={surface}
      />
    );
  }
  const locale = context.locale ?? "en";
  if (element.data.kind === "PARTSTUDIO") {
    const data = await attempt(() =>
      getPartStudioSelectionData(viewer.id, elementRef, configuration),
    );
    if (!data.ok) return <ErrorPanel error={data.error} surface={surface} />;
    return (
      <PartStudioSelection
        initial={data.data}
        elementRef={elementRef}
        configuration={configuration}
        locale={locale}
      />
    );
  }
  if (element.data.kind === "ASSEMBLY") {
    const data = await attempt(() =>
      getAssemblySelectionData(viewer.id, elementRef, configuration),
    );
    if (!data.ok) return <ErrorPanel error={data.error} surface={surface} />;
    return (
      <AssemblySelection
        initial={data.data}
        elementRef={elementRef}
        configuration={configuration}
        locale={locale}
      />
    );
  }
  return (
    <p className="text-onshape-muted">
      This panel shows the selection of Part Studios and assemblies; {element.data.name} is a{" "}
      {element.data.typeLabel}.
    </p>
  );
}
