import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { inConfiguration } from "./configurations";
import { toBomTable } from "./mappers/bom";
import { oncePerRender, refKey } from "./request-memo";
import type { BomView, ElementRef } from "./types";

/**
 * An assembly's BOM with Onshape's own columns, in the configuration `ref` names. Indented shows
 * every level (multiLevel); flattened lists parts only with total quantities. generateIfAbsent:
 * an assembly nobody has opened the BOM of yet would otherwise answer 404.
 */
export function getBillOfMaterials(userId: string, ref: ElementRef, view: BomView) {
  return oncePerRender(`bom ${userId} ${refKey(ref)} ${view}`, () =>
    inConfiguration(userId, ref, async (configured) => {
      const result = await onshapeClient(userId).GET(
        "/assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom",
        {
          params: {
            path: { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId },
            query: {
              indented: view === "indented",
              multiLevel: true,
              generateIfAbsent: true,
              ...configured,
            },
          },
        },
      );
      return toBomTable(dataOf(result));
    }),
  );
}
