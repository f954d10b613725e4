import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { configurationQuery, resolveConfiguration } from "./configurations";
import { toPartRows } from "./mappers/parts";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef } from "./types";

/**
 * A Part Studio's parts with their mass properties in the configuration `ref` names: its
 * inputs first (to check the configuration), then two calls on the same ids, in parallel.
 */
export function getPartsTable(userId: string, ref: ElementRef) {
  return oncePerRender(`parts ${userId} ${refKey(ref)}`, async () => {
    const configuration = await resolveConfiguration(userId, ref);
    const client = onshapeClient(userId);
    const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
    const configured = configurationQuery(configuration);
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
  });
}
