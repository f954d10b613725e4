import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { inConfiguration } from "./configurations";
import { toPartRows } from "./mappers/parts";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef } from "./types";

/**
 * A Part Studio's parts with their mass properties in the configuration `ref` names: two calls
 * on the same ids, in parallel (after the configuration's check when the page names one).
 */
export function getPartsTable(userId: string, ref: ElementRef) {
  return oncePerRender(`parts ${userId} ${refKey(ref)}`, () =>
    inConfiguration(userId, ref, async (configured) => {
      const client = onshapeClient(userId);
      const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
      const [parts, mass] = await Promise.all([
        client
          .GET("/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", { params: { path, query: configured } })
          .then(dataOf),
        // Per part: Onshape's default is one "-all-" body for the whole Part Studio.
        client
          .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
            params: { path, query: { massAsGroup: false, ...configured } },
          })
          .then(dataOf),
      ]);
      return toPartRows(parts, mass);
    }),
  );
}
