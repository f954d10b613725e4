import type { IncomingMessage, ServerResponse } from "node:http";
import { gltfMediaTypes, wantsBinary } from "./api/handlers/gltf-export";
import { accessUserId } from "./api/types";
import { authenticate, onshapeError } from "./api-gateway";
import { applyFault, takeFault } from "./faults";
import { buildGltf } from "./gltf/build-gltf";
import { exportNodes } from "./gltf/model-nodes";
import { sendJson } from "./http";
import { storedSnapshot } from "./model/store";
import { documentPermission } from "./seed";
import { bump, type EmulatorState } from "./state";

// Where the glTF exports' 307 leads: /download/partstudios/d/{did}/m/{mid}/e/{eid}/gltf.
// Like Onshape's download host it needs the bearer token again (a client whose fetch drops
// Authorization on the redirect gets 401), and it checks access again. `format` (glb|gltf)
// records what the export was asked for; an Accept naming exactly one glTF type wins.

const downloadPattern =
  /^\/download\/partstudios\/d\/([0-9a-f]{24})\/m\/([0-9a-f]{24})\/e\/([0-9a-f]{24})\/gltf$/;

export function isDownloadPath(pathname: string): boolean {
  return pathname.startsWith("/download/");
}

function binaryWanted(req: IncomingMessage, url: URL): boolean {
  const accept = (req.headers.accept ?? "").toLowerCase();
  const glb = accept.includes(gltfMediaTypes.glb);
  const json = accept.includes(gltfMediaTypes.gltf);
  if (glb !== json) return wantsBinary(accept);
  return url.searchParams.get("format") === "glb";
}

export async function handleDownload(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const answer = (status: number, message: string) => {
    bump(state.counters.downloads, String(status));
    sendJson(res, status, onshapeError(status, message));
  };
  const caller = authenticate(state, req, res);
  if (!caller) return bump(state.counters.downloads, "401");
  const match = downloadPattern.exec(url.pathname);
  if (!match) return answer(404, `No such download: ${url.pathname}`);
  const fault = takeFault(state, "download");
  if (fault && (await applyFault(state, fault, res)))
    return bump(state.counters.downloads, "fault");
  const [, documentId = "", microversionId = "", elementId = ""] = match;
  const doc = state.store.documents.get(documentId);
  if (!doc) return answer(404, "Not found.");
  if (!documentPermission(doc, accessUserId(caller.user))) {
    return answer(403, "Forbidden: you do not have access to this document.");
  }
  const snapshot = storedSnapshot(state.store, doc, { wvm: "m", wvmId: microversionId });
  if (!snapshot) return answer(404, "Not found.");
  const nodes = exportNodes({
    snapshot,
    elementId,
    configuration: url.searchParams.get("configuration") ?? undefined,
    partIds: url.searchParams.getAll("partId"),
  });
  if (!nodes.ok) return answer(400, nodes.message);
  const file = await buildGltf({
    name: nodes.name,
    nodes: nodes.nodes,
    yAxisUp: false,
    binary: binaryWanted(req, url),
  });
  bump(state.counters.downloads, "200");
  res.writeHead(200, { "content-type": file.contentType, "cache-control": "no-store" });
  res.end(file.body);
}
