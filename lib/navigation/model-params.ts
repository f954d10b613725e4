import { z } from "zod";
import type { ModelKind } from "@/lib/onshape/model/model-key";
import { modelKinds } from "./model-kind";

// The 3D view's route queries: what kind of element (so the right Onshape export is used;
// Onshape refuses the wrong one), its configuration as Onshape encodes it, and for progress
// and the file the snapshot ("v:<id>" or "m:<id>") the start answered with.

export const modelKindParam = z
  .enum(["partstudio", "assembly"], { error: "must be partstudio or assembly" })
  .transform((kind): ModelKind => modelKinds[kind]);

export const configurationParam = z
  .string()
  .max(2000, { error: "is too long" })
  .refine((value) => !/[\u0000-\u001f]/.test(value), { error: "has control characters" })
  .default("");

export const snapshotParam = z
  .string()
  .regex(/^[vm]:[0-9a-f]{24}$/, { error: "must be v:<version id> or m:<microversion id>" });

export const modelStartQuery = z.object({
  kind: modelKindParam,
  configuration: configurationParam,
  // The snapshot the page showed (its workspace reads' microversion), so the start need not
  // look it up again. It only names what this account stores and reads back.
  snapshot: snapshotParam.optional(),
  retry: z.enum(["1"]).optional(),
});

export const modelStatusQuery = z.object({
  kind: modelKindParam,
  configuration: configurationParam,
  snapshot: snapshotParam,
});

export const modelFileQuery = modelStatusQuery;
