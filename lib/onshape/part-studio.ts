import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { toPartRows } from "./mappers/parts";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef } from "./types";

/** A Part Studio's parts with their mass properties: two calls on the same ids, in parallel. */
export function getPartsTable(userId: string, ref: ElementRef) {
  return oncePerRender(`parts ${userId} ${refKey(ref)}`, async () => {
    const client = onshapeClient(userId);
    const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
    const [parts, mass] = await Promise.all([
      client.GET("/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", { params: { path } }).then(dataOf),
      // Per part: Onshape's default is one "-all-" body for the whole Part Studio.
      client
        .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
          params: { path, query: { massAsGroup: false } },
        })
        .then(dataOf),
    ]);
    return toPartRows(parts, mass);
  });
}
