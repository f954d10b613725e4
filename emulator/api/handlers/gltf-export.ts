import { exportNodes } from "../../gltf/model-nodes";
import { errorResponse, type Handler } from "../handler-context";
import { resolveElement } from "../resolve-path";
import { isElementOfType } from "./element-json";

// GET /partstudios/d/{did}/{wvm}/{wvmid}/e/{eid}/gltf (exportPartStudioGltf) and
// GET /parts/d/{did}/{wvm}/{wvmid}/e/{eid}/partid/{partid}/gltf (exportPartGltf). Like
// Onshape, they answer 307 with a Location where the file is made: /download/… on the
// emulator's own origin, which needs the bearer token again. The Location pins the document
// microversion, so a workspace edit after the redirect does not change the file.
// GLB when Accept asks for model/gltf-binary, else glTF JSON with the geometry embedded.

export const gltfMediaTypes = { glb: "model/gltf-binary", gltf: "model/gltf+json" } as const;

export function wantsBinary(accept: string | undefined): boolean {
  return (accept ?? "").toLowerCase().includes(gltfMediaTypes.glb);
}

function redirectToDownload(
  ctx: Parameters<Handler>[0],
  partIds: readonly string[],
): ReturnType<Handler> {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  if (!isElementOfType(access.value, "PARTSTUDIO")) {
    return errorResponse(ctx, 400, "Element is not a Part Studio.");
  }
  const { doc, snapshot, element } = access.value;
  const configuration = ctx.req.query.get("configuration") ?? undefined;
  const nodes = exportNodes({ snapshot, elementId: element.id, configuration, partIds });
  if (!nodes.ok)
    return errorResponse(ctx, nodes.message.startsWith("Part not") ? 404 : 400, nodes.message);
  const query = new URLSearchParams();
  if (configuration) query.set("configuration", configuration);
  for (const partId of partIds) query.append("partId", partId);
  query.set("format", wantsBinary(ctx.req.headers.accept) ? "glb" : "gltf");
  const location = `${ctx.req.origin}/download/partstudios/d/${doc.id}/m/${snapshot.microversionId}/e/${element.id}/gltf?${query}`;
  return { operationId: ctx.operationId, status: 307, headers: { location } };
}

export const exportPartStudioGltf: Handler = (ctx) =>
  redirectToDownload(
    ctx,
    ctx.req.query
      .getAll("partId")
      .flatMap((value) => value.split(","))
      .filter(Boolean),
  );

export const exportPartGltf: Handler = (ctx) => redirectToDownload(ctx, [ctx.params.partid ?? ""]);
