import "server-only";
import { cache } from "react";
import type { Wvm } from "@/lib/views/types";
import { dataOf, onshapeClient } from "./client";
import { toElementSummary } from "./mappers/elements";

// The elements (tabs) of a document at a workspace, version or microversion.

export const getElements = cache(
  async (userId: string, documentId: string, wvm: Wvm, wvmId: string) => {
    const result = await onshapeClient(userId).GET("/documents/d/{did}/{wvm}/{wvmid}/elements", {
      params: {
        path: { did: documentId, wvm, wvmid: wvmId },
        query: { withThumbnails: true },
      },
    });
    const ref = { documentId, wvm, wvmId };
    return dataOf(result).map((raw) => toElementSummary(raw, ref));
  },
);

/** One element, or null when the document has no such element at this w/v/m. */
export const getElement = cache(
  async (userId: string, documentId: string, wvm: Wvm, wvmId: string, elementId: string) => {
    const result = await onshapeClient(userId).GET("/documents/d/{did}/{wvm}/{wvmid}/elements", {
      params: {
        path: { did: documentId, wvm, wvmid: wvmId },
        query: { elementId, withThumbnails: true },
      },
    });
    const ref = { documentId, wvm, wvmId };
    const raw = dataOf(result).find((element) => element.id === elementId);
    return raw ? toElementSummary(raw, ref) : null;
  },
);
