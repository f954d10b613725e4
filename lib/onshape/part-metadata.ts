import "server-only";
import { AppError } from "@/lib/errors";
import { dataOf, onshapeClient } from "./api/client";
import { configurationQuery, resolveConfiguration } from "./configurations";
import { toPartProperties, type MetadataValue } from "./mappers/metadata";
import { oncePerRender, refKey } from "./request-memo";
import type { ElementRef, PartProperties } from "./types";

// Part properties: getWMVEPsMetadata (every part of a Part Studio, one call) and
// updateWVEPMetadata (one part). Writes need the OAuth2Write scope and a workspace. Both are made
// in the configuration the parts were shown in (a BOM row's, a configured page's): without one
// Onshape answers with the default configuration, whose parts and computed values differ.

const pathOf = (ref: ElementRef) => ({
  did: ref.documentId,
  wvm: ref.wvm,
  wvmid: ref.wvmId,
  eid: ref.elementId,
});

/**
 * The configuration query of a metadata call: none for the defaults (no extra call), else every
 * input, checked against the element's inputs first as every configured call is.
 */
async function configured(userId: string, ref: ElementRef): Promise<{ configuration?: string }> {
  return ref.configuration ? configurationQuery(await resolveConfiguration(userId, ref)) : {};
}

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
    const parts: PartProperties[] = [];
    const configuration = await configured(userId, ref);
    let page: Record<string, string> = {};
    for (let pages = 0; pages < maxPages; pages++) {
      const list = await onshapeClient(userId)
        .GET("/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/p", {
          // offset and limit come from Onshape's own `next` link; the spec does not declare them.
          params: {
            path: pathOf(ref),
            query: { ...configuration, ...(page as Record<string, never>) },
          },
          headers: options.fresh ? { "cache-control": "no-cache" } : {},
        })
        .then(dataOf);
      parts.push(...(list.items ?? []).map(toPartProperties).filter((part) => part.partId !== ""));
      const next = nextPage(list.next);
      if (!next) return parts;
      page = next;
    }
    throw new AppError("unavailable", "Onshape kept answering with more pages of part properties.");
  };
  return options.fresh ? load() : oncePerRender(`metadata ${userId} ${refKey(ref)}`, load);
}

const maxPages = 100;

/**
 * The paging of Onshape's `next` link, and nothing else of it: the call stays on the configured
 * Onshape host and path, whatever host the link names.
 */
export function nextPage(next: string | undefined): Record<string, string> | null {
  if (!next) return null;
  let query: URLSearchParams;
  try {
    query = new URL(next).searchParams;
  } catch {
    return null;
  }
  const page: Record<string, string> = {};
  for (const name of ["offset", "limit"]) {
    const value = query.get(name);
    if (value !== null && /^\d{1,7}$/.test(value)) page[name] = value;
  }
  return page.offset ? page : null;
}

/** A value in the form Onshape gave it (toMetadataValue). */
export type PropertyWrite = { propertyId: string; value: MetadataValue };

/** Writes one part's properties in one call (one new workspace microversion). */
export async function updatePartProperties(
  userId: string,
  { ref, partId, values }: { ref: ElementRef; partId: string; values: readonly PropertyWrite[] },
): Promise<void> {
  if (ref.wvm !== "w") throw notInWorkspace();
  const configuration = await configured(userId, ref);
  // The spec declares the body as a JSON string; Onshape reads the object itself.
  await onshapeClient(userId).POST("/metadata/d/{did}/{wvm}/{wvmid}/e/{eid}/{iden}/{pid}", {
    params: { path: { ...pathOf(ref), iden: "p", pid: partId }, query: configuration },
    body: { jsonType: "metadata-part", partId, properties: values } as unknown as string,
    bodySerializer: (body: unknown) => JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

/**
 * Writes several parts' properties in one call (updateWVMetadata), by the hrefs getWMVEPsMetadata
 * gave: one new workspace microversion for all of them.
 */
export async function updateManyPartProperties(
  userId: string,
  {
    ref,
    items,
  }: { ref: ElementRef; items: readonly { href: string; values: readonly PropertyWrite[] }[] },
): Promise<void> {
  if (ref.wvm !== "w") throw notInWorkspace();
  await onshapeClient(userId).POST("/metadata/d/{did}/{wv}/{wvid}", {
    params: { path: { did: ref.documentId, wv: "w", wvid: ref.wvmId } },
    body: {
      items: items.map((item) => ({ href: item.href, properties: item.values })),
    } as unknown as string,
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
