import type { ReactNode } from "react";
import type { BomView, ElementKind, Wvm } from "@/lib/views/types";

// Props of the exported panels: plain values only, so the standalone pages and the Onshape tab
// (compact, with its own `basePath` for links) render them alike. No tokens: panels look the
// user's Onshape token up on the server from `userId`.

export type DocumentPanelProps = {
  userId: string;
  documentId: string;
  wvm: Wvm;
  wvmId: string;
  /** BCP 47, e.g. "de-DE": numbers and dates. */
  locale: string;
  /** Denser layout for the Onshape tab. */
  compact?: boolean;
  /** Where page links point; "/documents" unless the tab has its own routes. */
  basePath?: string;
  /**
   * Replaces the "Sign in" / "Reconnect to Onshape" button of error panels, e.g. with the
   * tab's popup sign-in (Onshape's sign-in page cannot open inside its own iframe).
   */
  signInAction?: ReactNode;
};

export type ElementPanelProps = DocumentPanelProps & {
  elementId: string;
  bomView?: BomView;
  /** The type the link promised: its content is fetched alongside the element lookup. */
  kindHint?: ElementKind;
};
