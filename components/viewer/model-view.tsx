"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { ErrorPanel } from "@/components/ui/error-panel";
import { formatCount } from "@/lib/format/numbers";
import { kindParam } from "@/lib/navigation/model-kind";
import type { ElementRef } from "@/lib/onshape/types";
import type { ModelScene } from "./model-scene";
import { useModelSelection } from "./model-selection";
import { useModelFile, type ModelPhase } from "./use-model-file";
import { webglAvailable } from "./webgl";

// The 3D view of a Part Studio or an assembly, beside its table. three.js (model-scene.ts)
// is loaded only once a model is there to draw, so pages without the view carry none of it.
// Shown by default; hiding it is remembered in this browser, and a hidden view asks Onshape
// for nothing.

type Props = {
  elementRef: ElementRef;
  kind: "PARTSTUDIO" | "ASSEMBLY";
  configuration: string;
  /** What the page shows ("v:<id>" or "m:<id>"), when it knows: the start then asks Onshape nothing to learn it. */
  snapshot: string | null;
  /** The table's rows the model's nodes are matched to by name. */
  rows: readonly { id: string; name: string }[];
  locale: string;
};

const shownKey = "model-view-shown";

function rememberedShown(): boolean {
  try {
    return window.localStorage.getItem(shownKey) !== "false";
  } catch {
    return true; // storage blocked (a framed tab): shown
  }
}

function remember(shown: boolean) {
  try {
    window.localStorage.setItem(shownKey, String(shown));
  } catch {
    // storage blocked: only this page remembers
  }
}

// Browser-only facts: unknown (null) on the server and in the first render after it.
const noSubscription = () => () => {};
let webglKnown: boolean | undefined;
const webglSnapshot = () => (webglKnown ??= webglAvailable());

export function ModelView(props: Props) {
  const remembered = useSyncExternalStore(noSubscription, rememberedShown, () => null);
  const webgl = useSyncExternalStore(noSubscription, webglSnapshot, () => null);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const shown = chosen ?? remembered;
  const toggle = () => {
    const next = !shown;
    remember(next);
    setChosen(next);
  };
  return (
    <section aria-label="3D view" className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-3">
        <h2 className="font-semibold">3D view</h2>
        {webgl === false ? null : (
          <Button onClick={toggle} aria-expanded={Boolean(shown)} disabled={shown === null}>
            {shown === false ? "Show 3D view" : "Hide 3D view"}
          </Button>
        )}
      </div>
      {webgl === false ? (
        <p role="status" data-model-state="no-webgl" className="text-onshape-muted">
          This browser cannot show 3D (WebGL is off or missing), so the model is not drawn. The
          table below has everything else.
        </p>
      ) : shown && webgl ? (
        <ModelCanvas {...props} />
      ) : null}
    </section>
  );
}

function ModelCanvas({ elementRef, kind, configuration, snapshot, rows, locale }: Props) {
  const { phase, retry } = useModelFile(
    elementRef,
    { kind: kindParam(kind), configuration },
    { enabled: true, shown: snapshot },
  );
  const selection = useModelSelection();
  const container = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<ModelScene | null>(null);
  const [drawError, setDrawError] = useState<string | null>(null);
  const events = useRef(selection);
  useEffect(() => {
    events.current = selection;
  });

  const glb = phase.phase === "ready" ? phase.glb : null;
  useEffect(() => {
    if (!glb || !container.current) return;
    let cancelled = false;
    let made: ModelScene | null = null;
    const target = container.current;
    import("./model-scene")
      .then(({ createModelScene }) =>
        createModelScene({
          container: target,
          glb,
          rows,
          events: {
            onHover: (id) => events.current?.hover(id),
            onPick: (id) => {
              events.current?.select(id);
              if (id)
                document
                  .querySelector(`[data-model-id="${CSS.escape(id)}"]`)
                  ?.scrollIntoView({ block: "nearest" });
            },
          },
        }),
      )
      .then((created) => {
        if (cancelled) return created.dispose();
        made = created;
        setScene(created);
      })
      .catch((error: unknown) => {
        if (!cancelled) setDrawError((error as Error).message || "The model could not be drawn.");
      });
    return () => {
      cancelled = true;
      made?.dispose();
      setScene(null);
    };
  }, [glb, rows]);

  const hovered = selection?.hovered ?? null;
  const selected = selection?.selected ?? null;
  const hidden = selection?.hidden;
  useEffect(() => {
    scene?.update({ hovered, selected, hidden: hidden ?? new Set() });
  }, [scene, hovered, selected, hidden]);

  const state = drawError ? "error" : scene ? "drawn" : glb ? "drawing" : phase.phase;
  const memory = scene?.memory();
  const hiddenCount = hidden?.size ?? 0;
  return (
    <div className="flex flex-col gap-2">
      {scene && selection ? (
        <div role="toolbar" aria-label="3D view" className="flex flex-wrap items-center gap-2">
          <Button onClick={() => scene.fit()}>Fit to view</Button>
          <Button onClick={() => scene.reset()}>Reset view</Button>
          {selected ? (
            <Button onClick={() => selection.setHidden(selected, !hidden?.has(selected))}>
              {hidden?.has(selected) ? "Show selected part" : "Hide selected part"}
            </Button>
          ) : null}
          {hiddenCount > 0 ? (
            <Button onClick={() => selection.showAll()}>
              Show all ({formatCount(locale, hiddenCount)} hidden)
            </Button>
          ) : null}
        </div>
      ) : null}
      <div
        ref={container}
        data-model-state={state}
        data-meshes={scene?.counts.meshes}
        data-linked-meshes={scene?.counts.linked}
        data-gpu-geometries={memory?.geometries}
        data-gpu-textures={memory?.textures}
        data-selected-part={selected ?? undefined}
        data-hovered-part={hovered ?? undefined}
        className="relative h-80 overflow-hidden rounded-lg border border-onshape-line bg-[#f4f6f9] sm:h-96"
      >
        {scene ? null : (
          <div className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-4 text-center">
            <Progress phase={phase} drawing={Boolean(glb) && !drawError} locale={locale} />
            {drawError ? <p role="alert">The model could not be drawn: {drawError}</p> : null}
            {phase.phase === "failed" ? <Button onClick={retry}>Try again</Button> : null}
          </div>
        )}
      </div>
      {phase.phase === "error" ? (
        <ErrorPanel error={phase.error} retry={<Button onClick={retry}>Try again</Button>} />
      ) : null}
    </div>
  );
}

function Progress({
  phase,
  drawing,
  locale,
}: {
  phase: ModelPhase;
  drawing: boolean;
  locale: string;
}) {
  const kB = (bytes: number) => `${formatCount(locale, Math.max(1, Math.round(bytes / 1024)))} kB`;
  const text = (() => {
    if (drawing) return "Drawing the model…";
    switch (phase.phase) {
      case "starting":
        return "Asking Onshape for the model…";
      case "queued":
        return "Queued: Onshape is starting the export…";
      case "exporting":
        return "Onshape is exporting the model… You can leave this page: the export goes on.";
      case "downloading":
        return phase.total
          ? `Downloading the model: ${kB(phase.received)} of ${kB(phase.total)}`
          : `Downloading the model: ${kB(phase.received)}`;
      case "failed":
        return `Onshape could not export this model: ${phase.reason}`;
      default:
        return null;
    }
  })();
  if (!text) return null;
  return (
    <p role={phase.phase === "failed" ? "alert" : "status"} aria-live="polite">
      {text}
    </p>
  );
}
