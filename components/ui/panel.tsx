import { Suspense, type ReactNode } from "react";
import { PanelBoundary } from "./panel-boundary";

/**
 * One independently streamed part of a page: its skeleton shows at once, its content when its
 * Onshape calls return, and an unexpected failure stays inside it.
 */
export function Panel({
  what,
  fallback,
  children,
}: {
  /** Names the panel in the unexpected-error message, e.g. "the parts table". */
  what: string;
  fallback: ReactNode;
  children: ReactNode;
}) {
  return (
    <PanelBoundary what={what}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </PanelBoundary>
  );
}
