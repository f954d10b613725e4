import "server-only";
import { cache } from "react";
import type { BomView, Wvm } from "@/lib/views/types";
import { dataOf, onshapeClient } from "./client";
import { toBomTable } from "./mappers/bom";

/**
 * An assembly's BOM with Onshape's own columns. Indented shows every level (multiLevel);
 * flattened lists parts only with total quantities. generateIfAbsent: an assembly nobody has
 * opened the BOM of yet would otherwise answer 404.
 */
export const getBillOfMaterials = cache(
  async (
    userId: string,
    documentId: string,
    wvm: Wvm,
    wvmId: string,
    elementId: string,
    view: BomView,
  ) => {
    const result = await onshapeClient(userId).GET(
      "/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom",
      {
        params: {
          path: { did: documentId, wvm, wvmid: wvmId, eid: elementId },
          query: { indented: view === "indented", multiLevel: true, generateIfAbsent: true },
        },
      },
    );
    return toBomTable(dataOf(result));
  },
);
