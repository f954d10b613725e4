import type { BomView, ElementKind, Wvm } from "@/lib/onshape/types";

// What the tab asks for when the user moves inside it (client-safe: no zod, no token). The
// tab stays one page inside Onshape's iframe: a move is a server action that remembers the
// choice and answers with the new view, with the session in its body when the tab has no
// cookie.

/** The header the app's routes read a memory-only tab session from (never a URL). */
export const tabSessionHeader = "x-tab-session";

export type TabTargetInput = {
  documentId: string;
  /** Absent for an element of the tab's own document, shown at the tab's snapshot. */
  wvm?: Wvm;
  wvmId?: string;
  elementId: string;
  kind?: ElementKind;
  configuration?: string;
};

export type TabChange = { show: "document" } | { show: "element"; target: TabTargetInput };

export type TabViewRequest = {
  tabQuery: string;
  /** The memory-only session; absent when the tab has a cookie. */
  sessionToken?: string;
  bomView: BomView;
  change?: TabChange;
};
