import { onshapeIdSource } from "@/lib/onshape/ids";
import { isAllowedOnshapeOrigin } from "@/lib/onshape/origins";
import type { DocumentRef, ElementRef } from "@/lib/onshape/types";

// A link pasted from Onshape's address bar, e.g.
//   https://cad.onshape.com/documents/{did}/w/{wid}/e/{eid}
// Accepted only from onshape.com (cad or an enterprise subdomain, https) or the configured
// Onshape origin, with well-formed ids; anything else is refused with a reason to show.

export type ParsedOnshapeUrl =
  { ok: true; ref: DocumentRef | ElementRef } | { ok: false; reason: string };

const id = `(${onshapeIdSource})`;
const documentPath = new RegExp(`^/documents/${id}/([wvm])/${id}(?:/e/${id})?/?$`);

export function parseOnshapeUrl(input: string, apiOrigin: string): ParsedOnshapeUrl {
  const text = input.trim();
  if (!text) return { ok: false, reason: "Paste a link to an Onshape document." };
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) {
    return { ok: false, reason: "That is not a web address. Paste the whole Onshape link." };
  }
  const url = new URL(text);
  if (url.username || url.password || !isAllowedOnshapeOrigin(url.origin, apiOrigin)) {
    return { ok: false, reason: `That link is not on Onshape (${url.host}).` };
  }
  const match = documentPath.exec(url.pathname);
  if (!match) {
    return {
      ok: false,
      reason: "That Onshape link does not point to a document (…/documents/…/w/…/e/…).",
    };
  }
  const [, documentId = "", wvm, wvmId = "", elementId] = match;
  const ref: DocumentRef = { documentId, wvm: wvm as DocumentRef["wvm"], wvmId };
  return { ok: true, ref: elementId ? { ...ref, elementId } : ref };
}
