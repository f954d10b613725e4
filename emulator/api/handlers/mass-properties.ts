import { configuredParts } from "../../configurations/element-configuration";
import { requestConfiguration } from "../configuration-param";
import { errorResponse, jsonResponse, type Handler } from "../handler-context";
import { booleanParam } from "../query-params";
import { resolveElement } from "../resolve-path";
import { isElementOfType } from "./element-json";
import {
  arrayWithBounds,
  groupBody,
  partBody,
  principalInertia,
  withBounds,
  type MassBody,
} from "./mass-math";

// GET /partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/massproperties (BTMassPropertiesBulkInfo).
// massAsGroup (default true) gives a single "-all-" body; false gives one body per partId.
// `partId` (repeatable) narrows the parts considered; `configuration` picks the parts.

function bodyJson(body: MassBody) {
  const principal = principalInertia(body.inertia);
  return {
    mass: withBounds(body.mass),
    volume: withBounds(body.volume),
    periphery: withBounds(body.periphery),
    centroid: arrayWithBounds(body.centroid),
    inertia: arrayWithBounds(body.inertia),
    principalInertia: [...principal.moments],
    principalAxes: principal.axes.map(([x, y, z]) => ({ x, y, z })),
    hasMass: body.hasMass,
    massMissingCount: body.massMissingCount,
  };
}

export const getPartStudioMassProperties: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  if (!isElementOfType(access.value, "PARTSTUDIO")) {
    return errorResponse(ctx, 400, "Element is not a Part Studio.");
  }
  const { element, snapshot } = access.value;
  const configuration = requestConfiguration(ctx, element);
  if (!configuration.ok) return configuration.response;
  const allParts = configuredParts(element, configuration.value);
  const requested = ctx.req.query.getAll("partId").flatMap((value) => value.split(","));
  const unknown = requested.filter((id) => !allParts.some((part) => part.partId === id));
  if (unknown.length > 0) return errorResponse(ctx, 404, `Part not found: ${unknown.join(", ")}`);
  const parts = requested.length
    ? allParts.filter((part) => requested.includes(part.partId))
    : allParts;

  const massAsGroup = booleanParam(ctx.req.query, "massAsGroup", true);
  const bodies: Record<string, ReturnType<typeof bodyJson>> = {};
  if (massAsGroup) {
    if (parts.length > 0) bodies["-all-"] = bodyJson(groupBody(parts));
  } else {
    for (const part of parts) bodies[part.partId] = bodyJson(partBody(part));
  }
  return jsonResponse(ctx, { microversionId: snapshot.microversionId, bodies });
};
