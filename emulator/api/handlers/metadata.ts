import { configuredParts } from "../../configurations/element-configuration";
import { updateParts, type PartUpdate } from "../../model/part-edits";
import { propertyProblem, propertyValue, withPropertyValue } from "../../model/part-properties";
import { derivedId, type SeedPart } from "../../seed";
import { partProperties, type SeedProperty } from "../../seed/properties";
import { requestConfiguration } from "../configuration-param";
import {
  apiUrl,
  errorResponse,
  jsonResponse,
  type Handler,
  type HandlerContext,
} from "../handler-context";
import { booleanParam, integerParam } from "../query-params";
import { validBody } from "../request-body";
import {
  fail,
  resolveElement,
  resolveSnapshot,
  type ElementAccess,
  type Resolved,
} from "../resolve-path";
import type { ApiResponse } from "../types";

// Part metadata: getWMVEPsMetadata (all parts of a Part Studio), getWMVEPMetadata (one part;
// `iden` p = part id, pi = part identity), updateWVEPMetadata (one part) and the batch
// updateWVMetadata (items with the part hrefs the GET gives). Writes need the OAuth2Write
// scope (the router checks it), a workspace, and WRITE permission; every property is checked
// before anything is written, and one write is one new workspace microversion. Writes apply
// to the part in every configuration.

const writable = ["WRITE", "FULL", "OWNER"];

function propertyJson(part: SeedPart, property: SeedProperty) {
  const value = propertyValue(part, property);
  return {
    propertyId: property.id,
    name: property.name,
    value,
    valueType: property.valueType,
    editable: property.editable,
    editableInUi: property.editable,
    required: property.required,
    computedProperty: property.computed,
    computedAssemblyProperty: false,
    multivalued: false,
    dirty: false,
    propertySource: property.source === "custom" ? 3 : 0,
    schemaId: derivedId("metadata-schema", "part"),
    ...(property.validator ? { validator: { ...property.validator } } : {}),
    ...(property.defaultValue !== undefined ? { defaultValue: property.defaultValue } : {}),
    ...(property.enumValues
      ? { enumValues: property.enumValues.map((option) => ({ ...option, state: 0 })) }
      : {}),
    ...(property.source === "mass" && !part.material
      ? { computedPropertyError: "No material assigned" }
      : {}),
  };
}

function partPath(access: ElementAccess, partId: string) {
  return `/metadata/d/${access.doc.id}/${access.wvm}/${access.wvmId}/e/${access.element.id}/p/${partId}`;
}

function partMetadata(ctx: HandlerContext, access: ElementAccess, part: SeedPart) {
  const withComputed = booleanParam(ctx.req.query, "includeComputedProperties", true);
  return {
    jsonType: "metadata-part",
    href: apiUrl(ctx, partPath(access, part.partId)),
    partId: part.partId,
    partIdentity: derivedId("part-identity", access.element.id, part.partId),
    partType: "solid",
    meshState: 0,
    isFlattenedBody: false,
    properties: partProperties
      .filter((property) => withComputed || !property.computed)
      .map((property) => propertyJson(part, property)),
  };
}

type PartsAccess = ElementAccess & { parts: readonly SeedPart[] };

function partStudioParts(ctx: HandlerContext): Resolved<PartsAccess> {
  const access = resolveElement(ctx);
  if (!access.ok) return access;
  const { element } = access.value;
  if (element.elementType !== "PARTSTUDIO") return fail(ctx, 400, "Element is not a Part Studio.");
  const configuration = requestConfiguration(ctx, element);
  if (!configuration.ok) return configuration;
  return {
    ok: true,
    value: { ...access.value, parts: configuredParts(element, configuration.value) },
  };
}

function findPartIn(ctx: HandlerContext, access: PartsAccess): Resolved<SeedPart> {
  const { iden, pid } = ctx.params;
  if (iden !== "p" && iden !== "pi")
    return fail(ctx, 400, `Invalid iden '${iden}': expected p or pi.`);
  const part = access.parts.find((candidate) =>
    iden === "p"
      ? candidate.partId === pid
      : derivedId("part-identity", access.element.id, candidate.partId) === pid,
  );
  return part ? { ok: true, value: part } : fail(ctx, 404, `Part not found: ${pid}`);
}

/**
 * Onshape pages long part lists: `next` is the absolute URL of the next page (with `offset` and
 * `limit`, which the spec does not declare). The page size is a knob (metadataPageSize).
 */
export const getWMVEPsMetadata: Handler = (ctx) => {
  const access = partStudioParts(ctx);
  if (!access.ok) return access.response;
  const { doc, wvm, wvmId, element, parts } = access.value;
  const path = `/metadata/d/${doc.id}/${wvm}/${wvmId}/e/${element.id}/p`;
  const pageSize = ctx.req.settings.metadataPageSize;
  const limit =
    pageSize > 0
      ? Math.min(pageSize, integerParam(ctx.req.query, "limit", pageSize) ?? pageSize)
      : parts.length;
  const offset = Math.max(0, pageSize > 0 ? (integerParam(ctx.req.query, "offset", 0) ?? 0) : 0);
  const page = parts.slice(offset, offset + Math.max(1, limit));
  const linkTo = (at: number) => {
    const query = new URLSearchParams(ctx.req.query);
    query.set("offset", String(at));
    query.set("limit", String(limit));
    return apiUrl(ctx, `${path}?${query}`);
  };
  const end = offset + page.length;
  return jsonResponse(ctx, {
    href: apiUrl(ctx, path),
    items: page.map((part) => partMetadata(ctx, access.value, part)),
    ...(end < parts.length ? { next: linkTo(end) } : {}),
    ...(offset > 0 ? { prev: linkTo(Math.max(0, offset - limit)) } : {}),
  });
};

/** The spec declares BTMetadataObjectInfo here, whose discriminator names no part subtype. */
export const getWMVEPMetadata: Handler = (ctx) => {
  const access = partStudioParts(ctx);
  if (!access.ok) return access.response;
  const part = findPartIn(ctx, access.value);
  if (!part.ok) return part.response;
  const { jsonType, href, properties } = partMetadata(ctx, access.value, part.value);
  return jsonResponse(ctx, { jsonType, href, properties });
};

type PropertyWrite = { propertyId: string; value: unknown };

const propertiesSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["propertyId", "value"],
    properties: { propertyId: { type: "string" }, value: {} },
  },
};

const partUpdateSchema = {
  type: "object",
  required: ["properties"],
  properties: {
    jsonType: { type: "string", enum: ["metadata-part"] },
    partId: { type: "string" },
    href: { type: "string" },
    properties: propertiesSchema,
  },
};

const batchUpdateSchema = {
  type: "object",
  required: ["items"],
  properties: {
    jsonType: { type: "string" },
    items: {
      type: "array",
      items: {
        type: "object",
        required: ["href", "properties"],
        properties: {
          href: { type: "string" },
          jsonType: { type: "string" },
          properties: propertiesSchema,
        },
      },
    },
  },
};

type Checked = {
  update: (part: SeedPart) => SeedPart;
  statuses: { propertyId: string; status: string }[];
};

/** Every write checked against the property definitions; the first problem is a 400. */
function checkWrites(
  ctx: HandlerContext,
  part: SeedPart,
  writes: readonly PropertyWrite[],
): Resolved<Checked> {
  const seen = new Set<string>();
  const steps: ((p: SeedPart) => SeedPart)[] = [];
  const statuses: Checked["statuses"] = [];
  for (const write of writes) {
    const property = partProperties.find((candidate) => candidate.id === write.propertyId);
    if (!property) return fail(ctx, 400, `Unknown property id "${write.propertyId}".`);
    if (seen.has(property.id)) return fail(ctx, 400, `Property "${property.name}" is given twice.`);
    seen.add(property.id);
    const problem = propertyProblem(property, write.value);
    if (problem) return fail(ctx, 400, problem);
    const unchanged =
      JSON.stringify(propertyValue(part, property)) ===
      JSON.stringify(propertyValue(withPropertyValue(part, property, write.value), property));
    statuses.push({
      propertyId: property.id,
      status: unchanged ? "NOTHING_TO_UPDATE" : "SUCCEEDED",
    });
    if (!unchanged) steps.push((p) => withPropertyValue(p, property, write.value));
  }
  return {
    ok: true,
    value: { update: (p) => steps.reduce((current, step) => step(current), p), statuses },
  };
}

function writeAccess(
  ctx: HandlerContext,
  wvmParam: string,
  idParam: string,
): ApiResponse | undefined {
  if (ctx.params[wvmParam] === "v" || ctx.params[wvmParam] === "m") {
    return errorResponse(
      ctx,
      400,
      "Metadata can only be changed in a workspace (w), not a version or microversion.",
    );
  }
  const access = resolveSnapshot(ctx, ["w"], wvmParam, idParam);
  if (!access.ok) return access.response;
  if (!writable.includes(access.value.permission)) {
    return errorResponse(ctx, 403, "Forbidden: you may only read this document.");
  }
  return undefined;
}

function applyUpdates(ctx: HandlerContext, updates: PartUpdate[], response: unknown): ApiResponse {
  if (updates.length === 0) return jsonResponse(ctx, response);
  const result = updateParts(ctx.req.store, updates, { userId: ctx.req.user.id, now: ctx.req.now });
  if (!result.ok) return errorResponse(ctx, result.status, result.message);
  return { ...jsonResponse(ctx, response), documentWrites: [ctx.operationId] };
}

export const updateWVEPMetadata: Handler = (ctx) => {
  const denied = writeAccess(ctx, "wvm", "wvmid");
  if (denied) return denied;
  const access = partStudioParts(ctx);
  if (!access.ok) return access.response;
  const body = validBody<{ partId?: string; properties: PropertyWrite[] }>(ctx, partUpdateSchema);
  if (!body.ok) return body.response;
  const part = findPartIn(ctx, access.value);
  if (!part.ok) return part.response;
  if (body.value.partId !== undefined && body.value.partId !== part.value.partId) {
    return errorResponse(
      ctx,
      400,
      `The body's partId "${body.value.partId}" is not the part in the path (${part.value.partId}).`,
    );
  }
  const checked = checkWrites(ctx, part.value, body.value.properties);
  if (!checked.ok) return checked.response;
  const { doc, wvmId, element } = access.value;
  const changed = checked.value.statuses.some((s) => s.status === "SUCCEEDED");
  return applyUpdates(
    ctx,
    changed
      ? [
          {
            ref: {
              documentId: doc.id,
              workspaceId: wvmId,
              elementId: element.id,
              partId: part.value.partId,
            },
            update: checked.value.update,
          },
        ]
      : [],
    {
      jsonType: "metadata-part",
      partId: part.value.partId,
      href: apiUrl(ctx, partPath(access.value, part.value.partId)),
      properties: checked.value.statuses,
    },
  );
};

const hrefPattern =
  /\/metadata\/d\/([0-9a-f]{24})\/w\/([0-9a-f]{24})\/e\/([0-9a-f]{24})\/p\/([^/?]+)$/;

export const updateWVMetadata: Handler = (ctx) => {
  const denied = writeAccess(ctx, "wv", "wvid");
  if (denied) return denied;
  const body = validBody<{ items: { href: string; properties: PropertyWrite[] }[] }>(
    ctx,
    batchUpdateSchema,
  );
  if (!body.ok) return body.response;
  const updates: PartUpdate[] = [];
  const results: unknown[] = [];
  for (const item of body.value.items) {
    const path = (() => {
      try {
        return new URL(item.href, ctx.req.origin).pathname;
      } catch {
        return "";
      }
    })();
    const match = hrefPattern.exec(path);
    if (!match || match[1] !== ctx.params.did || match[2] !== ctx.params.wvid) {
      return errorResponse(
        ctx,
        400,
        `Item href "${item.href}" is not a part of this document's workspace.`,
      );
    }
    const [, documentId = "", workspaceId = "", elementId = "", partId = ""] = match;
    const partCtx = {
      ...ctx,
      params: {
        did: documentId,
        wvm: "w",
        wvmid: workspaceId,
        eid: elementId,
        iden: "p",
        pid: decodeURIComponent(partId),
      },
    };
    const access = partStudioParts(partCtx);
    if (!access.ok) return access.response;
    const part = findPartIn(partCtx, access.value);
    if (!part.ok) return part.response;
    const checked = checkWrites(ctx, part.value, item.properties);
    if (!checked.ok) return checked.response;
    if (checked.value.statuses.some((s) => s.status === "SUCCEEDED")) {
      updates.push({
        ref: { documentId, workspaceId, elementId, partId: part.value.partId },
        update: checked.value.update,
      });
    }
    results.push({
      href: item.href,
      partId: part.value.partId,
      properties: checked.value.statuses,
    });
  }
  return applyUpdates(ctx, updates, { items: results });
};
