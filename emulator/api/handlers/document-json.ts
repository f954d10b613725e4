import { accessUserId } from "../types";
import { documentPermission, type SeedDocument, type SeedElement } from "../../seed";
import { apiUrl, viewUrl, type HandlerContext } from "../handler-context";
import { ownerInfo, thumbnailInfo, userSummary, workspaceInfo } from "./onshape-json";

// A seeded document as Onshape's document JSON: the list form (jsonType "document-summary",
// BTGlobalTreeNodeSummaryInfo) used by getDocuments, and the full form (jsonType "document",
// BTDocumentInfo) returned by getDocument.

const permissionSets = {
  READ: ["READ", "COMMENT", "COPY", "EXPORT", "LINK"],
  WRITE: ["READ", "COMMENT", "COPY", "EXPORT", "LINK", "WRITE"],
  FULL: ["READ", "COMMENT", "COPY", "EXPORT", "LINK", "WRITE", "DELETE", "RESHARE"],
  OWNER: ["READ", "COMMENT", "COPY", "EXPORT", "LINK", "WRITE", "DELETE", "RESHARE", "OWNER"],
} as const;

/** The element whose picture stands for the whole document, if any has a thumbnail. */
export function documentThumbnailElement(doc: SeedDocument): SeedElement | undefined {
  return doc.workspaces[0]?.elements.find((element) => element.hasThumbnail);
}

export function documentSummary(ctx: HandlerContext, doc: SeedDocument) {
  const permission = documentPermission(doc, accessUserId(ctx.req.user)) ?? "READ";
  const workspace = doc.workspaces[0];
  const thumbnailElement = documentThumbnailElement(doc);
  return {
    jsonType: "document-summary",
    id: doc.id,
    name: doc.name,
    description: doc.description,
    resourceType: "document",
    isContainer: false,
    isMutable: true,
    isEnterpriseOwned: false,
    href: apiUrl(ctx, `/documents/${doc.id}`),
    viewRef: viewUrl(ctx, `/documents/${doc.id}`),
    owner: ownerInfo(ctx, doc),
    createdBy: userSummary(ctx, doc.ownerId),
    modifiedBy: userSummary(ctx, doc.modifiedById),
    createdAt: doc.createdAt,
    modifiedAt: doc.modifiedAt,
    permission,
    permissionSet: [...permissionSets[permission]],
    public: false,
    trash: false,
    tags: [...doc.tags],
    canUnshare: permission !== "OWNER",
    likes: 0,
    likedByCurrentUser: false,
    numberOfTimesCopied: 0,
    numberOfTimesReferenced: 0,
    anonymousAccessAllowed: false,
    anonymousAllowsExport: false,
    documentType: 0,
    ...(workspace
      ? { defaultWorkspace: workspaceInfo(ctx, doc, workspace, permission === "READ") }
      : {}),
    ...(workspace && thumbnailElement
      ? {
          thumbnail: thumbnailInfo(
            ctx,
            `/thumbnails/d/${doc.id}/w/${workspace.id}`,
            workspace.microversionId,
          ),
        }
      : {}),
  };
}

export function documentInfo(ctx: HandlerContext, doc: SeedDocument) {
  const thumbnailElement = documentThumbnailElement(doc);
  const defaultElement = doc.workspaces[0]?.elements[0];
  return {
    ...documentSummary(ctx, doc),
    jsonType: "document",
    ...(defaultElement ? { defaultElementId: defaultElement.id } : {}),
    ...(thumbnailElement ? { documentThumbnailElementId: thumbnailElement.id } : {}),
  };
}
