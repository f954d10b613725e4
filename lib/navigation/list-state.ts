import { z } from "zod";
import type { DocumentQuery } from "@/lib/onshape/types";

// The document list's state as it appears in a URL (?filter=shared&q=flansch&offset=20), for
// the page and for the /api/documents route. Bad values fall back instead of failing: a
// mistyped filter in a bookmark should still show documents.

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const listStateSchema = z.object({
  filter: z.preprocess(first, z.enum(["mine", "shared", "recent"]).catch("mine")),
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  offset: z.preprocess(first, z.coerce.number().int().min(0).max(100_000).catch(0)).default(0),
});

export function parseListState(input: Record<string, unknown>): DocumentQuery {
  return listStateSchema.parse(input);
}
