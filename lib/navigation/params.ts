import { z } from "zod";
import { isOnshapeId } from "@/lib/onshape/ids";
import type { BomView, DocumentRef, ElementRef } from "@/lib/onshape/types";
import { withConfiguration } from "./with-configuration";

export { withConfiguration };

// Ids in page and route URLs are checked before any Onshape call: a typo gets a 404 page or a
// 400 answer from the app instead of a round trip (and a counted API call) that Onshape would
// refuse anyway.

export const onshapeId = z
  .string()
  .refine(isOnshapeId, { error: "must be 24 lowercase hexadecimal characters" });

export const wvmSchema = z.enum(["w", "v", "m"], { error: "must be w, v or m" });

export const documentRefParams = z
  .object({ did: onshapeId, wvm: wvmSchema, wvmid: onshapeId })
  .transform(({ did, wvm, wvmid }): DocumentRef => ({ documentId: did, wvm, wvmId: wvmid }));

const elementIds = z.object({ did: onshapeId, wvm: wvmSchema, wvmid: onshapeId, eid: onshapeId });

export const elementRefParams = elementIds.transform(({ did, wvm, wvmid, eid }): ElementRef => ({
  documentId: did,
  wvm,
  wvmId: wvmid,
  elementId: eid,
}));

export function parseDocumentRef(params: unknown): DocumentRef | null {
  const result = documentRefParams.safeParse(params);
  return result.success ? result.data : null;
}

/**
 * The element the path names, in the configuration `?configuration=` asks for (Onshape's
 * `id=value;…`, decoded once). The configuration is checked later, against the element's inputs
 * (lib/onshape/configurations.ts), where a wrong value gets a message naming the input.
 */
export function parseElementRef(
  params: unknown,
  search: { configuration?: unknown } = {},
): ElementRef | null {
  const result = elementRefParams.safeParse(params);
  return result.success ? withConfiguration(result.data, search.configuration) : null;
}

/** `?configuration=` of a route handler's query (repeated parameters are refused there). */
export const configurationParam = z.string().max(4000).optional();

/** An element and the configuration a call is made in, from a server action's body. */
export const configuredElementParams = elementIds
  .extend({ configuration: configurationParam })
  .transform(({ did, wvm, wvmid, eid, configuration }) =>
    withConfiguration({ documentId: did, wvm, wvmId: wvmid, elementId: eid }, configuration),
  );

export const bomViewSchema = z.enum(["indented", "flattened"]);

/** Anything but "flattened" (including a missing or mistyped value) shows the indented BOM. */
export function parseBomView(value: unknown): BomView {
  return value === "flattened" ? "flattened" : "indented";
}
