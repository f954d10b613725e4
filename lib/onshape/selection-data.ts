import "server-only";
import { dataOf, onshapeClient } from "./api/client";
import { toPartRows } from "./mappers/parts";
import { toEntityOwners } from "./mappers/selection";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef, PartStudioSelectionData } from "./types";

// What the right panel combines in the browser for every selection: read once per
// microversion (three calls in parallel), so changing the selection costs no call at all.

export function getPartStudioSelectionData(
  userId: string,
  ref: ElementRef,
  configuration: string,
): Promise<PartStudioSelectionData> {
  return oncePerRender(`selection ${userId} ${refKey(ref)} ${configuration}`, async () => {
    const client = onshapeClient(userId);
    const path = { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId };
    const configured = configuration ? { configuration } : {};
    const [parts, mass, details] = await Promise.all([
      client
        .GET("/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", { params: { path, query: configured } })
        .then(dataOf),
      client
        .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties", {
          params: { path, query: { massAsGroup: false, ...configured } },
        })
        .then(dataOf),
      client
        .GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/bodydetails", {
          params: { path, query: { includeGeometricData: false, ...configured } },
        })
        .then(dataOf),
    ]);
    return {
      kind: "PARTSTUDIO",
      microversionId: mass.microversionId ?? null,
      parts: toPartRows(parts, mass),
      entityOwners: toEntityOwners(details),
    };
  });
}
