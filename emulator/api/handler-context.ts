import type { ApiRequest, ApiResponse } from "./types";

// What every REST handler receives: the request, the path parameters the router matched,
// and the operationId (so responses, including errors, are counted per operation).

export type HandlerContext = {
  req: ApiRequest;
  params: Readonly<Record<string, string>>;
  operationId: string;
};

export type Handler = (ctx: HandlerContext) => ApiResponse;
/** Operations that build files (glTF) and so answer later. */
export type AsyncHandler = (ctx: HandlerContext) => Promise<ApiResponse>;

/** URL of an API resource on the emulator, shaped like Onshape's `href` fields. */
export function apiUrl(ctx: HandlerContext, path: string): string {
  return `${ctx.req.origin}/api/v16${path}`;
}

/** URL of the web page for a resource, shaped like Onshape's `viewRef` fields. */
export function viewUrl(ctx: HandlerContext, path: string): string {
  return `${ctx.req.origin}${path}`;
}

export function jsonResponse(ctx: HandlerContext, json: unknown, status = 200): ApiResponse {
  return { operationId: ctx.operationId, status, json };
}

/**
 * Onshape's error body. The OpenAPI spec declares no error schema; Onshape's servers answer
 * `{message, status, code, moreInfoUrl}`, which is what clients parse.
 */
export function errorResponse(ctx: HandlerContext, status: number, message: string): ApiResponse {
  return {
    operationId: ctx.operationId,
    status,
    json: { message, status, code: 0, moreInfoUrl: "" },
  };
}
