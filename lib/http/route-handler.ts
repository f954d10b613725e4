import "server-only";
import { z } from "zod";
import { findSessionViewer } from "@/lib/auth/sessions";
import { currentViewer, type Viewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { withRequestMemo } from "@/lib/onshape/request-memo";
import { log } from "@/lib/ops/logger";
import { isRandomToken } from "@/lib/extension/hand-off";
import { tabSessionHeader } from "@/lib/extension/tab-navigation";
import { errorResponse } from "./error-response";
import { assertSameOrigin } from "./same-origin";

// Every route handler goes through here, so none forgets to check the session, validate its
// input (path, query, JSON body), refuse cross-site writes, or turn failures into a JSON error
// instead of a 500 page.

type Context<P, Q, B> = { request: Request; user: Viewer; params: P; query: Q; body: B };

export type RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params?: P;
  query?: Q;
  /** A JSON request body (for anything but GET). */
  body?: B;
};

type Handler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, U> = (
  context: Omit<Context<z.infer<P>, z.infer<Q>, z.infer<B>>, "user"> & { user: U },
) => Promise<Response>;

export function userRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(options: RouteOptions<P, Q, B>, handler: Handler<P, Q, B, Viewer>) {
  return route(options, async (context) => {
    if (!context.user) throw new AppError("signed-out");
    return handler({ ...context, user: context.user });
  });
}

/** The same checks for a route that serves signed-out visitors too (the tab signing in). */
export function openRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(options: RouteOptions<P, Q, B>, handler: Handler<P, Q, B, Viewer | null>) {
  return route(options, handler);
}

function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  options: RouteOptions<P, Q, B>,
  handler: Handler<P, Q, B, Viewer | null>,
) {
  return async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    try {
      const reads = ["GET", "HEAD"].includes(request.method);
      if (!reads) assertSameOrigin(request);
      const params = parse(options.params, await context.params, "path");
      const query = parse(options.query, singleValued(new URL(request.url).searchParams), "query");
      const body = parse(
        options.body,
        options.body && !reads ? await jsonBody(request) : undefined,
        "body",
      );
      const user = (await currentViewer()) ?? (await memorySessionViewer(request));
      return await withRequestMemo(() => handler({ request, user, params, query, body }));
    } catch (error) {
      if (isAppError(error)) return errorResponse(error);
      log().error(
        { method: request.method, path: new URL(request.url).pathname, err: error },
        "route failed",
      );
      return Response.json(
        { error: "internal", message: "Something went wrong on the server." },
        { status: 500, headers: { "cache-control": "no-store" } },
      );
    }
  };
}

async function jsonBody(request: Request): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError(
      "bad-request",
      "The request body must be JSON (Content-Type: application/json).",
    );
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("bad-request", "The request body must be JSON.");
  }
}

/**
 * A tab whose session lives only in its memory sends it in a header: never a URL, and a
 * cross-site page cannot add the header without the app's consent (no CORS here).
 */
async function memorySessionViewer(request: Request): Promise<Viewer | null> {
  const token = request.headers.get(tabSessionHeader);
  return isRandomToken(token) ? findSessionViewer(await getDb(), token) : null;
}

/** Query parameters as an object; a repeated one is refused rather than silently picked. */
function singleValued(params: URLSearchParams): Record<string, string> {
  const repeated = [...new Set(params.keys())].filter((key) => params.getAll(key).length > 1);
  if (repeated.length > 0) {
    throw new AppError("bad-request", `Repeated query parameter: ${repeated.join(", ")}`);
  }
  return Object.fromEntries(params);
}

function parse<S extends z.ZodType>(
  schema: S | undefined,
  input: unknown,
  where: string,
): z.infer<S> {
  if (!schema) return input as z.infer<S>;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return name ? `${name}: ${issue.message}` : issue.message;
  });
  const what = where === "body" ? "request body" : `${where} parameter`;
  throw new AppError("bad-request", `Invalid ${what}: ${problems.join("; ")}`);
}
