import type { SeedDocument, SeedVersion, SeedWorkspace } from "../../seed";
import { seededUsers } from "../../users";
import { avatarUrl } from "../avatars";
import { apiUrl, viewUrl, type HandlerContext } from "../handler-context";
import type { EmulatorUser } from "../types";

// Maps seeded data to the JSON objects Onshape nests in many responses (BTUserBasicSummaryInfo,
// BTOwnerInfo, BTWorkspaceInfo, BTVersionInfo, BTThumbnailInfo, document summaries). Only
// properties the OpenAPI schemas declare are emitted; the schema tests enforce that. Optional
// values that are unset are left out rather than sent as null, because the spec does not mark
// them nullable.

export const thumbnailSizes = ["70x40", "300x170", "300x300", "600x340"] as const;

export function userById(userId: string): EmulatorUser | undefined {
  return seededUsers.find((user) => user.id === userId);
}

export function userSummary(ctx: HandlerContext, userId: string) {
  const user = userById(userId);
  return {
    jsonType: "user-summary",
    id: userId,
    name: user?.name ?? "Unknown user",
    href: apiUrl(ctx, `/users/${userId}`),
    image: avatarUrl(ctx.req.origin, userId),
  };
}

/** Owner type 0 = user, 1 = company (BTOwnerInfo.type). Seeded documents are all user-owned. */
export function ownerInfo(ctx: HandlerContext, doc: SeedDocument) {
  const owner = userById(doc.ownerId);
  return {
    id: doc.ownerId,
    name: owner?.name ?? "Unknown user",
    type: 0,
    href: apiUrl(ctx, `/users/${doc.ownerId}`),
    image: avatarUrl(ctx.req.origin, doc.ownerId),
    isEnterpriseOwnedResource: false,
  };
}

/** `base` is the thumbnail path without `/s/{size}`, e.g. `/thumbnails/d/…/w/…/e/…`. */
export function thumbnailInfo(ctx: HandlerContext, base: string, cacheKey: string) {
  return {
    id: cacheKey,
    href: apiUrl(ctx, base),
    sizes: thumbnailSizes.map((size) => ({
      size,
      href: apiUrl(ctx, `${base}/s/${size}?t=${cacheKey}`),
      mediaType: "image/png",
      renderMode: "SHADED",
      viewOrientation: "ISOMETRIC",
    })),
  };
}

export function workspaceInfo(
  ctx: HandlerContext,
  doc: SeedDocument,
  workspace: SeedWorkspace,
  readOnly: boolean,
) {
  return {
    id: workspace.id,
    name: workspace.name,
    type: "workspace",
    documentId: doc.id,
    microversion: workspace.microversionId,
    ...(workspace.parentVersionId ? { parent: workspace.parentVersionId } : {}),
    description: "",
    isReadOnly: readOnly,
    canDelete: false,
    state: "ACTIVE",
    createdAt: workspace.createdAt,
    modifiedAt: workspace.modifiedAt,
    creator: userSummary(ctx, doc.ownerId),
    lastModifier: userSummary(ctx, doc.modifiedById),
    href: apiUrl(ctx, `/documents/d/${doc.id}/workspaces/${workspace.id}`),
    viewRef: viewUrl(ctx, `/documents/${doc.id}/w/${workspace.id}`),
  };
}

export function versionInfo(ctx: HandlerContext, doc: SeedDocument, version: SeedVersion) {
  return {
    id: version.id,
    name: version.name,
    description: version.description,
    documentId: doc.id,
    microversion: version.microversionId,
    ...(version.parentVersionId ? { parent: version.parentVersionId } : {}),
    createdAt: version.createdAt,
    modifiedAt: version.createdAt,
    creator: userSummary(ctx, doc.ownerId),
    lastModifier: userSummary(ctx, doc.ownerId),
    href: apiUrl(ctx, `/documents/d/${doc.id}/versions/${version.id}`),
    viewRef: viewUrl(ctx, `/documents/${doc.id}/v/${version.id}`),
  };
}
