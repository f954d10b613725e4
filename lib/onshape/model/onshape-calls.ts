import type { OnshapeClient } from "../api/client";
import { dataOf } from "../api/client";
import type { components } from "../openapi/schema";
import type { ElementRef } from "../types";

// The Onshape operations behind the 3D view, one small function each. Models come as glb.
// Coordinates stay Onshape's Z-up in both paths (the viewer turns them), so a Part Studio and
// an assembly look the same way round.

const glb = "model/gltf-binary";

/** The document microversion a workspace is at now: the exact key of what the export shows. */
export async function currentMicroversion(
  client: OnshapeClient,
  ref: { documentId: string; workspaceId: string },
): Promise<string> {
  const info = await client
    .GET("/documents/d/{did}/{wv}/{wvid}/currentmicroversion", {
      params: { path: { did: ref.documentId, wv: "w", wvid: ref.workspaceId } },
    })
    .then(dataOf);
  if (!info.microversion) throw new Error("Onshape answered without a microversion");
  return info.microversion;
}

/** exportPartStudioGltf: a 307 to the file, which the transport follows (Onshape hosts only). */
export async function exportPartStudioGlb(
  client: OnshapeClient,
  ref: ElementRef,
  configuration: string,
): Promise<Uint8Array> {
  const result = await client.GET("/partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/gltf", {
    params: {
      path: { did: ref.documentId, wvm: ref.wvm, wvmid: ref.wvmId, eid: ref.elementId },
      query: configuration ? { configuration } : {},
    },
    headers: { accept: glb },
    parseAs: "arrayBuffer",
  });
  return new Uint8Array(dataOf(result));
}

export type TranslationProgress =
  | { state: "ACTIVE" }
  | { state: "DONE"; externalDataId: string }
  | { state: "FAILED"; failureReason: string };

type RawTranslation = components["schemas"]["BTTranslationRequestInfo"];
// The generated type marks fields as required that Onshape's spec (and Onshape) do not need.
type TranslateBody = components["schemas"]["BTTranslateFormatParams"];

function progressOf(info: RawTranslation): TranslationProgress {
  switch (info.requestState) {
    case "DONE": {
      const externalDataId = info.resultExternalDataIds?.[0];
      if (!externalDataId) {
        return { state: "FAILED", failureReason: "Onshape finished without a file." };
      }
      return { state: "DONE", externalDataId };
    }
    case "FAILED":
      return { state: "FAILED", failureReason: info.failureReason || "Onshape gave no reason." };
    default:
      return { state: "ACTIVE" };
  }
}

/**
 * translateFormat to glTF. storeInDocument false: viewing must never write a tab into the
 * user's document; the file waits as external data instead.
 */
export async function startAssemblyTranslation(
  client: OnshapeClient,
  target: { documentId: string; wv: "w" | "v"; wvId: string; elementId: string },
  configuration: string,
): Promise<{ translationId: string; progress: TranslationProgress }> {
  const body = {
    formatName: "GLTF",
    storeInDocument: false,
    notifyUser: false,
    yAxisIsUp: false,
    ...(configuration ? { configuration } : {}),
  } as Partial<TranslateBody> as TranslateBody;
  const info = await client
    .POST("/assemblies/d/{did}/{wv}/{wvid}/e/{eid}/translations", {
      params: {
        path: {
          did: target.documentId,
          wv: target.wv,
          wvid: target.wvId,
          eid: target.elementId,
        },
      },
      body,
    })
    .then(dataOf);
  if (!info.id) throw new Error("Onshape started a translation without an id");
  return { translationId: info.id, progress: progressOf(info) };
}

export async function translationProgress(
  client: OnshapeClient,
  translationId: string,
): Promise<TranslationProgress> {
  const info = await client
    .GET("/translations/{tid}", { params: { path: { tid: translationId } } })
    .then(dataOf);
  return progressOf(info);
}

/** The translated file (a 307 here is followed like the export's). */
export async function downloadExternalData(
  client: OnshapeClient,
  target: { documentId: string; externalDataId: string },
): Promise<Uint8Array> {
  const result = await client.GET("/documents/d/{did}/externaldata/{fid}", {
    params: { path: { did: target.documentId, fid: target.externalDataId } },
    headers: { accept: glb },
    parseAs: "arrayBuffer",
  });
  return new Uint8Array(dataOf(result));
}
