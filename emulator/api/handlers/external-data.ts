import { buildGltf, type GltfFile } from "../../gltf/build-gltf";
import { exportNodes } from "../../gltf/model-nodes";
import { storedSnapshot, type DocumentStore } from "../../model/store";
import type { TranslationJob } from "../../model/translation-types";
import { errorResponse, type AsyncHandler } from "../handler-context";
import { checkIds, resolveDocument } from "../resolve-path";
import { wantsBinary } from "./gltf-export";
import { translationState } from "./translations";

// GET /documents/d/{did}/externaldata/{fid}: the file a finished translation left, made from
// the document microversion the translation was started at (assemblies: every part instance
// placed by its occurrence transform). GLB when Accept asks for model/gltf-binary.

export async function translationFile(
  store: DocumentStore,
  job: TranslationJob,
  binary: boolean,
): Promise<GltfFile | undefined> {
  const doc = store.documents.get(job.documentId);
  const snapshot = doc && storedSnapshot(store, doc, { wvm: "m", wvmId: job.microversionId });
  if (!snapshot) return undefined;
  const nodes = exportNodes({
    snapshot,
    elementId: job.elementId,
    configuration: job.configuration,
  });
  if (!nodes.ok) return undefined;
  return buildGltf({ name: nodes.name, nodes: nodes.nodes, yAxisUp: job.yAxisIsUp, binary });
}

function fileName(name: string, file: GltfFile): string {
  const stem = name.replace(/\.(gltf|glb)$/i, "");
  return `${stem}.${file.contentType === "model/gltf-binary" ? "glb" : "gltf"}`;
}

export const downloadExternalData: AsyncHandler = async (ctx) => {
  const invalid = checkIds(ctx, ["did", "fid"]);
  if (invalid && !invalid.ok) return invalid.response;
  const access = resolveDocument(ctx);
  if (!access.ok) return access.response;
  const { store, now, headers } = ctx.req;
  const job = [...store.translations.values()].find(
    (candidate) =>
      candidate.resultExternalDataId === ctx.params.fid && candidate.documentId === ctx.params.did,
  );
  if (!job || translationState(job, now) !== "DONE") {
    return errorResponse(ctx, 404, "External data not found.");
  }
  const file = await translationFile(store, job, wantsBinary(headers.accept));
  if (!file) return errorResponse(ctx, 404, "External data not found.");
  return {
    operationId: ctx.operationId,
    status: 200,
    contentType: file.contentType,
    body: file.body,
    headers: {
      "content-disposition": `attachment; filename="${encodeURIComponent(fileName(job.name, file))}"`,
    },
  };
};
