import "server-only";
import { cache } from "react";
import type { Wvm } from "@/lib/views/types";
import { dataOf, onshapeClient } from "./client";
import { toPartRows } from "./mappers/parts";

// A Part Studio's parts and their mass properties.

export const getParts = cache(
  async (userId: string, documentId: string, wvm: Wvm, wvmId: string, elementId: string) => {
    const result = await onshapeClient(userId).GET("/parts/d/{did}/{wvm}/{wvmid}/e/{eid}", {
      params: { path: { did: documentId, wvm, wvmid: wvmId, eid: elementId } },
    });
    return dataOf(result);
  },
);

/** Per part (massAsGroup=false); Onshape's default is one "-all-" body for the whole studio. */
export const getMassProperties = cache(
  async (userId: string, documentId: string, wvm: Wvm, wvmId: string, elementId: string) => {
    const result = await onshapeClient(userId).GET(
      "/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties",
      {
        params: {
          path: { did: documentId, wvm, wvmid: wvmId, eid: elementId },
          query: { massAsGroup: false },
        },
      },
    );
    return dataOf(result);
  },
);

/** The parts table: both calls depend only on the URL's ids, so they run in parallel. */
export const getPartsTable = cache(
  async (userId: string, documentId: string, wvm: Wvm, wvmId: string, elementId: string) => {
    const [parts, mass] = await Promise.all([
      getParts(userId, documentId, wvm, wvmId, elementId),
      getMassProperties(userId, documentId, wvm, wvmId, elementId),
    ]);
    return toPartRows(parts, mass);
  },
);
