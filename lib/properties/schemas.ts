import { z } from "zod";
import { maxCsvRows } from "@/lib/csv/parse";

// The shapes the write routes and actions accept from the browser; nothing else gets through.

const propertyValue = z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.null()]);

export const propertyChange = z.object({
  propertyId: z.string().min(1).max(100),
  /** The value the user saw: the write is refused when Onshape holds another one now. */
  seen: propertyValue,
  value: propertyValue,
});

const partId = z.string().min(1).max(100);

export const partWriteBody = z.object({
  partId,
  changes: z.array(propertyChange).min(1).max(100),
});

export const applyImportBody = z.object({
  rows: z
    .array(
      z.object({
        row: z.number().int().min(2),
        partId,
        changes: z.array(propertyChange).min(1).max(100),
      }),
    )
    .max(maxCsvRows),
});
