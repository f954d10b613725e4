import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { toElementSummary } from "./mappers/elements";
import { oncePerRender, refKey } from "./request-memo";
import type { DocumentRef, ElementRef } from "./types";

/** The elements (tabs) of a document at a workspace, version or microversion. */
export function getElements(userId: string, ref: DocumentRef) {
  return oncePerRender(`elements ${userId} ${refKey(ref)}`, async () => {
    const result = await onshapeClient(userId).GET("/documents/d/{did}/{wvm}/{wvmid}/elements", {
      params: {
        path: { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId },
        query: { withThumbnails: true },
      },
    });
    return dataOf(result).map((raw) => toElementSummary(raw, ref));
  });
}

/** One element, or null when the document has no such element at this w/v/m. */
export function getElement(userId: string, ref: ElementRef) {
  return oncePerRender(`element ${userId} ${refKey(ref)}`, async () => {
    const result = await onshapeClient(userId).GET("/documents/d/{did}/{wvm}/{wvmid}/elements", {
      params: {
        path: { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId },
        query: { elementId: ref.elementId, withThumbnails: true },
      },
    });
    const raw = dataOf(result).find((element) => element.id === ref.elementId);
    return raw ? toElementSummary(raw, ref) : null;
  });
}
