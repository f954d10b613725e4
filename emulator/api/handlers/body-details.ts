import { configuredParts } from "../../configurations/element-configuration";
import { boxEdges, boxFaces, boxVertices, type Vec3 } from "../../model/box-geometry";
import type { SeedPart } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { errorResponse, jsonResponse, type Handler } from "../handler-context";
import { booleanParam } from "../query-params";
import { resolveElement } from "../resolve-path";
import { isElementOfType } from "./element-json";

// GET /partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/bodydetails (BTExportModelBodiesResponse-734):
// each part as a solid body whose id is the part id, with the faces, edges and vertices of
// its box (emulator/model/box-geometry.ts). Seeded parts are all solids, so includeSurfaces
// changes nothing; includeGeometricData=false leaves out surfaces, boxes and points.

const vector = ([x, y, z]: Vec3) => ({ btType: "BTVector3d-389", x, y, z });

function bodyJson(part: SeedPart, geometry: boolean) {
  return {
    btType: "BTExportModelBody-1272",
    id: part.partId,
    type: "SOLID",
    closed: true,
    consumedByComposite: false,
    properties: {
      btType: "BTExportBodyProperties-3559",
      name: part.name,
      ...(part.material
        ? {
            material: {
              btType: "BTPartMaterial-1445",
              id: part.material.id,
              name: part.material.displayName,
              libraryName: part.material.libraryName,
            },
          }
        : {}),
    },
    faces: boxFaces(part).map((face) => ({
      btType: "BTExportModelFace-1363",
      id: face.id,
      orientation: true,
      ...(geometry
        ? {
            area: face.area,
            box: {
              btType: "BTBoundingBox-1052",
              minCorner: vector(face.min),
              maxCorner: vector(face.max),
              valid: true,
            },
            surface: {
              btType: "BTPlaneDescription-692",
              type: "PLANE",
              origin: vector(face.origin),
              normal: vector(face.normal),
              isOrientedWithFace: true,
            },
          }
        : {}),
    })),
    edges: boxEdges(part).map((edge) => ({
      btType: "BTExportModelEdge-1782",
      id: edge.id,
      vertices: [...edge.vertices],
      ...(geometry
        ? {
            curve: {
              btType: "BTLineDescription-1559",
              type: "LINE",
              origin: vector(edge.start),
              direction: vector(unit(edge.start, edge.end)),
            },
            geometry: {
              btType: "BTExportModelEdgeGeometry-1125",
              startPoint: vector(edge.start),
              endPoint: vector(edge.end),
              midPoint: vector(mid(edge.start, edge.end)),
              length: distance(edge.start, edge.end),
            },
          }
        : {}),
    })),
    vertices: boxVertices(part).map((vertex) => ({
      btType: "BTExportModelVertex-858",
      id: vertex.id,
      ...(geometry ? { point: vector(vertex.point) } : {}),
    })),
  };
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
function unit(a: Vec3, b: Vec3): Vec3 {
  const length = distance(a, b) || 1;
  return [(b[0] - a[0]) / length, (b[1] - a[1]) / length, (b[2] - a[2]) / length];
}

export const getPartStudioBodyDetails: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  if (!isElementOfType(access.value, "PARTSTUDIO")) {
    return errorResponse(ctx, 400, "Element is not a Part Studio.");
  }
  const configuration = requestConfiguration(ctx, access.value.element);
  if (!configuration.ok) return configuration.response;
  const parts = configuredParts(access.value.element, configuration.value);
  const requested = ctx.req.query.getAll("partIds").flatMap((value) => value.split(","));
  const unknown = requested.filter((id) => !parts.some((part) => part.partId === id));
  if (unknown.length > 0) return errorResponse(ctx, 404, `Part not found: ${unknown.join(", ")}`);
  const geometry = booleanParam(ctx.req.query, "includeGeometricData", true);
  return jsonResponse(ctx, {
    bodies: parts
      .filter((part) => requested.length === 0 || requested.includes(part.partId))
      .map((part) => bodyJson(part, geometry)),
  });
};
