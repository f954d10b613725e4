import "server-only";
import { AppError } from "@/lib/errors";
import { dataOf, onshapeClient } from "./api/client";
import { toPartProperties } from "./mappers/metadata";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef, PartProperties, PropertyValue } from "./types";

// Part properties: getWMVEPsMetadata (every part of a Part Studio, one call) and
// updateWVEPMetadata (one part). Writes need the OAuth2Write scope and a workspace.

const pathOf = (ref: ElementRef) => ({
  did: ref.documentId,
  wvm: ref.wvm,
  wvmid: ref.wvmId,
  eid: ref.elementId,
});

/**
 * Every part's properties. `fresh` reads Onshape's current state past the response cache: the
 * check before a write must see what another user or tab may have changed a moment ago.
 */
export function getPartProperties(
  userId: string,
  ref: ElementRef,
  options: { fresh?: boolean } = {},
): Promise<PartProperties[]> {
  const load = async () => {
    const list = await onshapeClient(userId)
      .GET("/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/p", {
        params: { path: pathOf(ref) },
        headers: options.fresh ? { "cache-control": "no-cache" } : {},
      })
      .then(dataOf);
    return (list.items ?? []).map(toPartProperties).filter((part) => part.partId !== "");
  };
  return options.fresh ? load() : oncePerRender(`metadata ${userId} ${refKey(ref)}`, load);
}

export type PropertyWrite = { propertyId: string; value: PropertyValue };

/** Writes one part's properties in one call (one new workspace microversion). */
export async function updatePartProperties(
  userId: string,
  { ref, partId, values }: { ref: ElementRef; partId: string; values: readonly PropertyWrite[] },
): Promise<void> {
  if (ref.wvm !== "w") throw notInWorkspace();
  // The spec declares the body as a JSON string; Onshape reads the object itself.
  await onshapeClient(userId).POST("/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/{iden}/{pid}", {
    params: { path: { ...pathOf(ref), iden: "p", pid: partId } },
    body: { jsonType: "metadata-part", partId, properties: values } as unknown as string,
    bodySerializer: (body: unknown) => JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

export function notInWorkspace(): AppError {
  return new AppError(
    "bad-request",
    "Versions and microversions cannot be edited: Onshape keeps them exactly as they were. Open the workspace to edit.",
  );
}
