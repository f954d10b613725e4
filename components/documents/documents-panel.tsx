import { attempt } from "@/lib/errors";
import { getDocuments } from "@/lib/onshape/documents";
import type { DocumentQuery } from "@/lib/onshape/types";
import { DocumentBrowser } from "./document-browser";

/** The document list: the first page comes from the server, the rest from the browser. */
export async function DocumentsPanel({
  userId,
  query,
  locale,
}: {
  userId: string;
  query: DocumentQuery;
  locale: string;
}) {
  const result = await attempt(() => getDocuments(userId, query));
  return <DocumentBrowser initial={{ query, result }} locale={locale} />;
}
