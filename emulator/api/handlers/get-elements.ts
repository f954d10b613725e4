import { booleanParam, stringParam } from "../query-params";
import { jsonResponse, type Handler } from "../handler-context";
import { resolveSnapshot } from "../resolve-path";
import { elementInfo } from "./element-json";

// GET /documents/d/{did}/{wvm}/{wvmid}/elements: the tabs of the document at that workspace,
// version or microversion, optionally narrowed by `elementType` or `elementId`.
export const getElementsInDocument: Handler = (ctx) => {
  const access = resolveSnapshot(ctx);
  if (!access.ok) return access.response;
  const { query } = ctx.req;
  const elementType = stringParam(query, "elementType")?.toUpperCase();
  const elementId = stringParam(query, "elementId");
  const withThumbnails = booleanParam(query, "withThumbnails", false);
  const elements = access.value.snapshot.elements.filter(
    (element) =>
      (!elementType || element.elementType === elementType) &&
      (!elementId || element.id === elementId),
  );
  return jsonResponse(
    ctx,
    elements.map((element) => elementInfo(ctx, access.value, element, withThumbnails)),
  );
};
