import { z } from "zod";
import type { BomView, DocumentRef, ElementRef } from "./types";

// Ids in URLs are checked before any Onshape call: a typo gets a 404 page or a 400 answer from
// the app instead of a round trip (and a counted API call) that Onshape would refuse anyway.

export const hexId = z
  .string()
  .regex(/^[0-9a-f]{24}$/, { error: "must be 24 lowercase hexadecimal characters" });

export const wvmSchema = z.enum(["w", "v", "m"], { error: "must be w, v or m" });

export const documentRefParams = z.object({ did: hexId, wvm: wvmSchema, wvmid: hexId });

export const elementRefParams = documentRefParams.extend({ eid: hexId });

export function parseDocumentRef(params: unknown): DocumentRef | null {
  const result = documentRefParams.safeParse(params);
  if (!result.success) return null;
  const { did, wvm, wvmid } = result.data;
  return { documentId: did, wvm, wvmId: wvmid };
}

export function parseElementRef(params: unknown): ElementRef | null {
  const result = elementRefParams.safeParse(params);
  if (!result.success) return null;
  const { did, wvm, wvmid, eid } = result.data;
  return { documentId: did, wvm, wvmId: wvmid, elementId: eid };
}

export function toElementRef(params: z.infer<typeof elementRefParams>): ElementRef {
  return { documentId: params.did, wvm: params.wvm, wvmId: params.wvmid, elementId: params.eid };
}

export const bomViewSchema = z.enum(["indented", "flattened"]);

/** Anything but "flattened" (including a missing or mistyped value) shows the indented BOM. */
export function parseBomView(value: unknown): BomView {
  return value === "flattened" ? "flattened" : "indented";
}
