import { randomBytes } from "node:crypto";
import { commitWorkspace } from "../../model/store";
import type { TranslationJob } from "../../model/translation-types";
import { exportNodes } from "../../gltf/model-nodes";
import {
  apiUrl,
  errorResponse,
  jsonResponse,
  viewUrl,
  type Handler,
  type HandlerContext,
} from "../handler-context";
import { validBody } from "../request-body";
import { fail, resolveElement, type Resolved } from "../resolve-path";
import type { ApiResponse } from "../types";

// translateFormat (assemblies) and createPartStudioTranslation start a glTF translation
// (BTTranslationRequestInfo); getTranslation reports it: ACTIVE for
// /__emulator/config translationActiveMs after it was created, then DONE, or FAILED with
// translationFailureReason when that knob was set at creation. DONE with storeInDocument
// false lists resultExternalDataIds for downloadExternalData. storeInDocument true (also when
// it is left out, as Onshape's export defaults) writes a blob tab into the workspace at once
// and is reported to the HTTP layer, which counts it in /__emulator/counters documentWrites.

type TranslateBody = {
  formatName: string;
  storeInDocument?: boolean;
  configuration?: string;
  getyAxisIsUp?: boolean;
  destinationName?: string;
  partIds?: string;
};

const newId = () => randomBytes(12).toString("hex");

/** The body's configuration: `id=value;…`, or that URL-encoded once as the spec describes it. */
function bodyConfiguration(raw: string | undefined): string | undefined {
  if (!raw || raw.includes("=")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // fails configuration parsing with a message naming it
  }
}

function startTranslation(
  ctx: HandlerContext,
  elementType: "ASSEMBLY" | "PARTSTUDIO",
): ApiResponse {
  const access = resolveElement(ctx, ["w", "v"], "wv", "wvid");
  if (!access.ok) return access.response;
  const { doc, wvm, wvmId, element, snapshot } = access.value;
  if (element.elementType !== elementType) {
    return errorResponse(
      ctx,
      400,
      elementType === "ASSEMBLY" ? "Element is not an assembly." : "Element is not a Part Studio.",
    );
  }
  const body = validBody<TranslateBody>(ctx);
  if (!body.ok) return body.response;
  if (body.value.formatName.toUpperCase() !== "GLTF") {
    return errorResponse(
      ctx,
      400,
      `The local Onshape translates only to GLTF, not "${body.value.formatName}".`,
    );
  }
  const configuration = bodyConfiguration(body.value.configuration);
  const partIds = (body.value.partIds ?? "").split(",").filter(Boolean);
  const nodes = exportNodes({ snapshot, elementId: element.id, configuration, partIds });
  if (!nodes.ok) return errorResponse(ctx, 400, nodes.message);
  const { now, settings, store, user } = ctx.req;
  const storeInDocument = body.value.storeInDocument ?? true;
  const name = body.value.destinationName || `${element.name}.gltf`;
  const job: TranslationJob = {
    id: newId(),
    userId: user.id,
    documentId: doc.id,
    wv: wvm === "v" ? "v" : "w",
    wvId: wvmId,
    microversionId: snapshot.microversionId,
    elementId: element.id,
    elementType,
    formatName: "GLTF",
    configuration: configuration ?? "",
    storeInDocument,
    name,
    createdAt: now,
    activeUntil: now + settings.translationActiveMs,
    yAxisIsUp: body.value.getyAxisIsUp ?? false,
    ...(settings.translationFailureReason
      ? { failureReason: settings.translationFailureReason }
      : {}),
  };
  if (storeInDocument && !job.failureReason) {
    if (wvm !== "w") {
      return errorResponse(ctx, 400, "storeInDocument needs a workspace, not a version.");
    }
    const elementId = newId();
    commitWorkspace(store, {
      documentId: doc.id,
      workspaceId: wvmId,
      userId: user.id,
      now,
      change: (elements) => [
        ...elements,
        {
          id: elementId,
          name,
          elementType: "BLOB",
          hasThumbnail: false,
          filename: name,
          mimeType: "model/gltf+json",
        },
      ],
    });
    job.resultElementId = elementId;
  } else if (!job.failureReason) {
    job.resultExternalDataId = newId();
  }
  store.translations.set(job.id, job);
  return {
    ...jsonResponse(ctx, translationInfo(ctx, job)),
    ...(storeInDocument ? { documentWrites: [`${ctx.operationId}:storeInDocument`] } : {}),
  };
}

export function translationState(job: TranslationJob, now: number) {
  if (now < job.activeUntil) return "ACTIVE";
  return job.failureReason ? "FAILED" : "DONE";
}

function translationInfo(ctx: HandlerContext, job: TranslationJob) {
  const state = translationState(job, ctx.req.now);
  const done = state === "DONE";
  return {
    id: job.id,
    name: job.name,
    href: apiUrl(ctx, `/translations/${job.id}`),
    viewRef: viewUrl(ctx, `/documents/${job.documentId}/${job.wv}/${job.wvId}/e/${job.elementId}`),
    requestState: state,
    documentId: job.documentId,
    requestElementId: job.elementId,
    ...(job.wv === "w" ? { workspaceId: job.wvId } : { versionId: job.wvId }),
    ...(state === "FAILED" ? { failureReason: job.failureReason } : {}),
    resultExternalDataIds: done && job.resultExternalDataId ? [job.resultExternalDataId] : [],
    resultElementIds: done && job.resultElementId ? [job.resultElementId] : [],
    ...(done && job.resultElementId
      ? { resultDocumentId: job.documentId, resultWorkspaceId: job.wvId }
      : {}),
  };
}

export const translateFormat: Handler = (ctx) => startTranslation(ctx, "ASSEMBLY");
export const createPartStudioTranslation: Handler = (ctx) => startTranslation(ctx, "PARTSTUDIO");

/** The job, if the user asked for it; others get 404 as if it did not exist. */
export function translationOf(ctx: HandlerContext, id: string): Resolved<TranslationJob> {
  const job = ctx.req.store.translations.get(id);
  if (!job || job.userId !== ctx.req.user.id) return fail(ctx, 404, "Translation not found.");
  return { ok: true, value: job };
}

export const getTranslation: Handler = (ctx) => {
  const job = translationOf(ctx, ctx.params.tid ?? "");
  if (!job.ok) return job.response;
  return jsonResponse(ctx, translationInfo(ctx, job.value));
};
