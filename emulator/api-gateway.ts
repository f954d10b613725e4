import type { IncomingMessage, ServerResponse } from "node:http";
import { findRoute, runRoute } from "./api/router";
import type { ApiResponse, EmulatorUser } from "./api/types";
import { applyFault, takeFault } from "./faults";
import { readBody, sendJson, sleep } from "./http";
import { bump, type AccessToken, type EmulatorState } from "./state";

// What every Onshape API call goes through: version pinning, the bearer token, the request
// body, added latency, injected faults (before the operation runs, so a refused write
// changes nothing), and the per-operation counters tests and the benchmark read.

const apiPrefix = "/api/v16";
const yearlyCalls = 10_000;

export const onshapeError = (status: number, message: string) => ({
  message,
  status,
  code: 0,
  moreInfoUrl: "",
});

export type Caller = { token: AccessToken; user: EmulatorUser };

/** The bearer token's user, or a 401 already sent (and counted as "unauthorized"). */
export function authenticate(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Caller | undefined {
  const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
  const token = bearer ? state.accessTokens.get(bearer) : undefined;
  const user = token && state.users.get(token.userId);
  if (!token || !user || Date.now() >= token.expiresAt) {
    bump(state.counters.calls, "unauthorized");
    sendJson(
      res,
      401,
      onshapeError(401, bearer ? "Invalid or expired token" : "Unauthenticated API request"),
    );
    return undefined;
  }
  return { token, user };
}

type Body = { ok: true; value: unknown } | { ok: false; status: number; message: string };

async function jsonBody(req: IncomingMessage): Promise<Body> {
  const text = await readBody(req);
  if (text.trim() === "") return { ok: true, value: undefined };
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    return {
      ok: false,
      status: 415,
      message: `Content-Type must be application/json, not "${type}".`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
}

export function sendApiResponse(
  res: ServerResponse,
  result: ApiResponse,
  headers: Record<string, string>,
) {
  if (result.body) {
    res.writeHead(result.status, {
      "content-type": result.contentType ?? "application/octet-stream",
      ...headers,
      ...result.headers,
    });
    return res.end(result.body);
  }
  if (result.json === undefined) {
    res.writeHead(result.status, { ...headers, ...result.headers });
    return res.end();
  }
  sendJson(res, result.status, result.json, { ...headers, ...result.headers });
}

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
  const caller = authenticate(state, req, res);
  if (!caller) return;
  const { token, user } = caller;
  const method = req.method ?? "GET";
  const match = findRoute(method, url.pathname.slice(apiPrefix.length));
  if (!match) return sendJson(res, 404, onshapeError(404, `No such API: ${url.pathname}`));
  const body = method === "POST" ? await jsonBody(req) : ({ ok: true, value: undefined } as const);

  if (state.config.latencyMs > 0) await sleep(state.config.latencyMs);
  const { operationId } = match.route;
  bump(state.counters.calls, operationId);
  const remaining = (state.callsRemaining.get(user.id) ?? yearlyCalls) - 1;
  state.callsRemaining.set(user.id, remaining);
  const rateHeaders = { "x-rate-limit-remaining": String(Math.max(0, remaining)) };

  const fault = takeFault(state, operationId);
  if (fault && (await applyFault(state, fault, res))) return;
  if (!body.ok) {
    return sendJson(res, body.status, onshapeError(body.status, body.message), rateHeaders);
  }
  const result = await runRoute(match, {
    method,
    path: url.pathname.slice(apiPrefix.length),
    query: url.searchParams,
    user,
    scopes: token.scope.split(" ").filter(Boolean),
    origin: `http://${req.headers.host}`,
    store: state.store,
    body: body.value,
    headers: { accept: req.headers.accept },
    now: Date.now(),
    settings: {
      translationActiveMs: state.config.translationActiveMs,
      translationFailureReason: state.config.translationFailureReason,
      metadataPageSize: state.config.metadataPageSize,
    },
  });
  for (const write of result.documentWrites ?? []) bump(state.counters.documentWrites, write);
  if (fault?.kind === "malformed") {
    res.writeHead(200, { "content-type": "application/json", ...rateHeaders });
    return res.end(JSON.stringify(result.json ?? {}).slice(0, 20));
  }
  sendApiResponse(res, result, rateHeaders);
}
