import { plainModel, type StoredModel } from "@/lib/onshape/model/model-store";

// A model is the user's data (private) and its URL names a version or microversion, so the
// browser may keep it for good. Sent gzipped as stored when the browser accepts gzip.
// x-model-bytes is the glb's own length, for progress (Content-Length counts what is sent).

export function modelResponse(model: StoredModel, acceptEncoding: string): Response {
  const gzip = model.contentEncoding === "gzip" && /\bgzip\b/i.test(acceptEncoding);
  const body = gzip || model.contentEncoding === "identity" ? model.body : plainModel(model);
  return new Response(body as BodyInit, {
    headers: {
      "content-type": "model/gltf-binary",
      "content-length": String(body.byteLength),
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "x-model-bytes": String(model.modelBytes),
      "cache-control": "private, max-age=31536000, immutable",
      vary: "accept-encoding",
      "x-content-type-options": "nosniff",
    },
  });
}
