import { jsonResponse, type Handler } from "../handler-context";
import { resolveSnapshot } from "../resolve-path";

// GET /documents/d/{did}/{wv}/{wvid}/currentmicroversion (BTMicroversionInfo): the
// microversion a workspace is at now (it changes with every edit), or a version's.
export const getCurrentMicroversion: Handler = (ctx) => {
  const access = resolveSnapshot(ctx, ["w", "v"], "wv", "wvid");
  if (!access.ok) return access.response;
  return jsonResponse(ctx, { microversion: access.value.snapshot.microversionId });
};
