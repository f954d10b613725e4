import type { ElementRef } from "@/lib/onshape/types";

// Client-safe (no zod): the BOM table names each row's Part Studio in its configuration too.

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
