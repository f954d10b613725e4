import type { IncomingMessage, ServerResponse } from "node:http";
import { apiRouter } from "./api/router";
import { applyFault, takeFault } from "./faults";
import { sendJson, sleep } from "./http";
import { bump, type EmulatorState } from "./state";

// What every Onshape API call goes through: version pinning, the bearer token, added latency,
// injected faults, and the per-operation counters tests and the benchmark read.

const apiPrefix = "/api/v16";
const yearlyCalls = 10_000;

const onshapeError = (status: number, message: string) => ({
  message,
  status,
  code: 0,
  moreInfoUrl: "",
});

export async function handleApi(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  if (!url.pathname.startsWith(`${apiPrefix}/`)) {
    return sendJson(
      res,
      404,
      onshapeError(404, `This emulator serves only ${apiPrefix}; pin the API version`),
    );
  }
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
  const token = bearer ? state.accessTokens.get(bearer) : undefined;
  if (!token || Date.now() >= token.expiresAt) {
    bump(state.counters.calls, "unauthorized");
    return sendJson(
      res,
      401,
      onshapeError(401, bearer ? "Invalid or expired token" : "Unauthenticated API request"),
    );
  }
  const user = state.users.get(token.userId)!;
  const result = apiRouter({
    method: req.method ?? "GET",
    path: url.pathname.slice(apiPrefix.length),
    query: url.searchParams,
    user,
    origin: `http://${req.headers.host}`,
  });
  if (!result) return sendJson(res, 404, onshapeError(404, `No such API: ${url.pathname}`));
  if (state.config.latencyMs > 0) await sleep(state.config.latencyMs);
  bump(state.counters.calls, result.operationId);
  const remaining = (state.callsRemaining.get(user.id) ?? yearlyCalls) - 1;
  state.callsRemaining.set(user.id, remaining);
  const rateHeaders = { "x-rate-limit-remaining": String(Math.max(0, remaining)) };

  const fault = takeFault(state, result.operationId);
  if (fault && (await applyFault(state, fault, res))) return;
  if (fault?.kind === "malformed") {
    res.writeHead(200, { "content-type": "application/json", ...rateHeaders });
    return res.end(JSON.stringify(result.json ?? {}).slice(0, 20));
  }
  if (result.body) {
    res.writeHead(result.status, {
      "content-type": result.contentType ?? "application/octet-stream",
      ...rateHeaders,
      ...result.headers,
    });
    return res.end(result.body);
  }
  sendJson(res, result.status, result.json ?? null, { ...rateHeaders, ...result.headers });
}
