import { z } from "zod";
import { isOnshapeId } from "@/lib/onshape/ids";
import type { BomView, DocumentRef, ElementRef } from "@/lib/onshape/types";

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

export const elementRefParams = z
  .object({ did: onshapeId, wvm: wvmSchema, wvmid: onshapeId, eid: onshapeId })
  .transform(({ did, wvm, wvmid, eid }): ElementRef => ({
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

/**
 * A configuration from a query: "" and "default" mean the defaults. A repeated parameter is
 * read as one configuration, so an input given twice gets "given twice" rather than a guess.
 */
export function withConfiguration(ref: ElementRef, configuration: unknown): ElementRef {
  const text = Array.isArray(configuration)
    ? configuration.filter((part) => typeof part === "string" && part.trim()).join(";")
    : typeof configuration === "string"
      ? configuration
      : "";
  const trimmed = text.trim();
  const { documentId, wvm, wvmId, elementId } = ref;
  const element = { documentId, wvm, wvmId, elementId };
  return trimmed === "" || trimmed === "default" ? element : { ...element, configuration: trimmed };
}

/** `?configuration=` of a route handler's query (repeated parameters are refused there). */
export const configurationParam = z.string().max(4000).optional();

export const bomViewSchema = z.enum(["indented", "flattened"]);

/** Anything but "flattened" (including a missing or mistyped value) shows the indented BOM. */
export function parseBomView(value: unknown): BomView {
  return value === "flattened" ? "flattened" : "indented";
}
