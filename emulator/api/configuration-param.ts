import {
  configureElement,
  type ElementConfiguration,
} from "../configurations/element-configuration";
import type { SeedElement } from "../seed/types";
import type { HandlerContext } from "./handler-context";
import { stringParam } from "./query-params";
import { fail, type Resolved } from "./resolve-path";

/** The request's `configuration` (query, or `raw` from a body) for `element`; 400 if invalid. */
export function requestConfiguration(
  ctx: HandlerContext,
  element: SeedElement,
  raw: string | undefined = stringParam(ctx.req.query, "configuration"),
): Resolved<ElementConfiguration> {
  const configuration = configureElement(element, raw);
  return configuration.ok ? configuration : fail(ctx, 400, configuration.message);
}
