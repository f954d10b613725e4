import { checkSchema, operationRequestSchema } from "../openapi/spec-validator";
import type { HandlerContext } from "./handler-context";
import { fail, type Resolved } from "./resolve-path";

// Request bodies are checked against the spec like Onshape's deserializer does: a field the
// schema does not declare, or a value of the wrong type, is a 400 naming it. Two liberties
// match what Onshape accepts from real clients: `null` means "not given", and a property the
// generator misspelled (getyAxisIsUp) may be sent under its bean name (yAxisIsUp).

type Json = Record<string, unknown>;

const aliases: Readonly<Record<string, string>> = { yAxisIsUp: "getyAxisIsUp" };

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => child !== null)
      .map(([key, child]) => [aliases[key] ?? key, withoutNulls(child)]),
  );
}

/**
 * The body as `T` when it matches `schema` (default: the operation's request schema in the
 * spec); otherwise a 400 listing what is wrong.
 */
export function validBody<T>(ctx: HandlerContext, schema?: Json): Resolved<T> {
  const bodySchema = schema ?? operationRequestSchema(ctx.operationId);
  if (ctx.req.body === undefined) return fail(ctx, 400, "This operation needs a JSON body.");
  if (typeof ctx.req.body !== "object" || ctx.req.body === null || Array.isArray(ctx.req.body)) {
    return fail(ctx, 400, "The request body must be a JSON object.");
  }
  const body = withoutNulls(ctx.req.body);
  if (!bodySchema) return { ok: true, value: body as T };
  const key = schema ? `request ${ctx.operationId} custom` : `request ${ctx.operationId}`;
  const check = checkSchema(key, bodySchema, body);
  if (!check.valid) {
    const problems = check.errors
      .slice(0, 5)
      .map((error) =>
        error.replace(/^\$/, "body").replace(/^\/ /, "body ").replace(/^\//, "body/"),
      );
    return fail(ctx, 400, `Invalid request body: ${problems.join("; ")}.`);
  }
  return { ok: true, value: body as T };
}
