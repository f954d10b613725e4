import { accessUserId } from "../types";
import { readableDocuments } from "../../model/store";
import type { SeedDocument } from "../../seed";
import { apiUrl, jsonResponse, type Handler, type HandlerContext } from "../handler-context";
import { integerParam, stringParam } from "../query-params";
import { documentSummary } from "./document-json";
import { userById } from "./onshape-json";

// GET /documents: a page of the documents the user can open. Onshape never returns more than
// 20 items a page (a larger `limit` is clamped) and links further pages with absolute `next`
// and `previous` URLs, which are left out when there is no such page.

const PAGE_MAX = 20;

/** Onshape's `filter` values: 0 mine, 1 created by me, 2 shared with me, 3 trash, 4 public,
 *  5 recently opened, 6 by `owner`, 7 my company. Absent: everything the user can open. */
function applyFilter(ctx: HandlerContext, docs: SeedDocument[], filter: number | undefined) {
  const userId = accessUserId(ctx.req.user);
  switch (filter) {
    case 0:
    case 1:
      return docs.filter((doc) => doc.ownerId === userId);
    case 2:
      return docs.filter((doc) => doc.ownerId !== userId);
    case 3:
    case 4:
      return [];
    case 6: {
      const owner = stringParam(ctx.req.query, "owner");
      return docs.filter((doc) => doc.ownerId === owner);
    }
    case 7: {
      const companyId = ctx.req.user.companyId;
      return docs.filter((doc) => companyId && userById(doc.ownerId)?.companyId === companyId);
    }
    default:
      return docs;
  }
}

function compareBy(column: string): (a: SeedDocument, b: SeedDocument) => number {
  if (column === "name") return (a, b) => a.name.localeCompare(b.name, "en");
  if (column === "modifiedAt") return (a, b) => a.modifiedAt.localeCompare(b.modifiedAt);
  return (a, b) => a.createdAt.localeCompare(b.createdAt);
}

function pageUrl(ctx: HandlerContext, offset: number, limit: number): string {
  const query = new URLSearchParams(ctx.req.query);
  query.set("offset", String(offset));
  query.set("limit", String(limit));
  return apiUrl(ctx, `/documents?${query.toString()}`);
}

export const getDocuments: Handler = (ctx) => {
  const { query } = ctx.req;
  const filter = integerParam(query, "filter", undefined);
  const q = stringParam(query, "q")?.toLowerCase();
  // "Recent" means most recently modified first unless the caller asks for another order.
  const sortColumn =
    stringParam(query, "sortColumn") ?? (filter === 5 ? "modifiedAt" : "createdAt");
  const descending = (stringParam(query, "sortOrder") ?? "desc").toLowerCase() !== "asc";
  const offset = Math.max(0, integerParam(query, "offset", 0) ?? 0);
  const requestedLimit = integerParam(query, "limit", PAGE_MAX) ?? PAGE_MAX;
  const limit = requestedLimit < 1 ? PAGE_MAX : Math.min(requestedLimit, PAGE_MAX);

  const compare = compareBy(sortColumn);
  const matching = applyFilter(
    ctx,
    readableDocuments(ctx.req.store, accessUserId(ctx.req.user)),
    filter,
  )
    .filter((doc) => !q || doc.name.toLowerCase().includes(q))
    // Ties are broken by id so that pages never overlap or skip a document.
    .sort((a, b) => (descending ? -1 : 1) * (compare(a, b) || a.id.localeCompare(b.id)));

  const page = matching.slice(offset, offset + limit);
  return jsonResponse(ctx, {
    items: page.map((doc) => documentSummary(ctx, doc)),
    href: pageUrl(ctx, offset, limit),
    ...(offset + limit < matching.length ? { next: pageUrl(ctx, offset + limit, limit) } : {}),
    ...(offset > 0 ? { previous: pageUrl(ctx, Math.max(0, offset - limit), limit) } : {}),
  });
};
