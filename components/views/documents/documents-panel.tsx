import type { ReactNode } from "react";
import { getDocuments } from "@/lib/onshape/documents";
import type { ListState } from "@/lib/views/list-state";
import { attempt } from "@/lib/views/view-error";
import { DocumentBrowser } from "./document-browser";

export type DocumentsPanelProps = {
  userId: string;
  state: ListState;
  locale: string;
  basePath?: string;
  compact?: boolean;
  /** See DocumentPanelProps.signInAction. */
  signInAction?: ReactNode;
};

/** The document list: the first page comes from the server, the rest from the browser. */
export async function DocumentsPanel({ userId, state, ...rest }: DocumentsPanelProps) {
  const result = await attempt(() => getDocuments(userId, state.filter, state.q, state.offset));
  return <DocumentBrowser initial={{ state, result }} {...rest} />;
}
