import "server-only";
import { z } from "zod";
import { currentViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError, isAppError } from "@/lib/errors";
import { withRequestMemo } from "@/lib/onshape/request-memo";
import { errorResponse } from "./error-response";
import { assertSameOrigin } from "./same-origin";

// Every route handler goes through here, so none forgets to check the session, validate its
// input, refuse cross-site writes, or turn failures into a JSON error instead of a 500 page.

type Context<P, Q, B> = { request: Request; user: Viewer; params: P; query: Q; body: B };

export type RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params?: P;
  query?: Q;
  /** A JSON request body; a body that is not JSON, or not this shape, gets a 400. */
  body?: B;
};

export function userRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(
  options: RouteOptions<P, Q, B>,
  handler: (context: Context<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<unknown> }): Promise<Response> => {
    try {
      if (!["GET", "HEAD"].includes(request.method)) assertSameOrigin(request);
      const params = parse(options.params, await route.params, "path");
      const query = parse(options.query, singleValued(new URL(request.url).searchParams), "query");
      const user = await currentViewer();
      if (!user) throw new AppError("signed-out");
      const body = options.body ? parse(options.body, await jsonBody(request), "body") : undefined;
      return await withRequestMemo(() =>
        handler({ request, user, params, query, body: body as z.infer<B> }),
      );
    } catch (error) {
      if (isAppError(error)) return errorResponse(error);
      console.error("[route]", request.method, new URL(request.url).pathname, error);
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
    throw new AppError("bad-request", "The request body is not valid JSON.");
  }
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
