import { plainModel, type StoredModel } from "@/lib/onshape/model/model-store";

// A model is the user's data (private) and its URL names a version or microversion, so the
// browser may keep it for good. The body is the plain glb: Next's own compression gzips it on
// the way out (model/gltf-binary is compressible; sending stored gzip bytes with our own
// Content-Encoding got them compressed a second time). x-model-bytes is the glb's length, for
// progress (what is sent is smaller).

export function modelResponse(model: StoredModel): Response {
  const body = plainModel(model);
  return new Response(body as BodyInit, {
    headers: {
      "content-type": "model/gltf-binary",
      "x-model-bytes": String(model.modelBytes),
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
