import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "./http";
import { defaultConfig, newCounters, type EmulatorState, type Fault } from "./state";

// Test knobs under /__emulator: latency, token lifetime, scripted faults, counters, and grant
// revocation. The emulator only listens on loopback, and these exist only in the emulator.

export async function handleControl(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const route = `${req.method} ${url.pathname.slice("/__emulator".length)}`;
  const body = req.method === "POST" ? parseJson(await readBody(req)) : {};
  switch (route) {
    case "GET /counters":
      return sendJson(res, 200, state.counters);
    case "POST /counters/reset":
      state.counters = newCounters();
      return sendJson(res, 200, state.counters);
    case "GET /config":
      return sendJson(res, 200, state.config);
    case "POST /config":
      state.config = { ...state.config, ...pickConfig(body) };
      return sendJson(res, 200, state.config);
    case "POST /faults":
      state.faults = Array.isArray(body.faults) ? (body.faults as Fault[]) : [];
      return sendJson(res, 200, { faults: state.faults });
    case "GET /token-requests":
      return sendJson(res, 200, state.tokenRequests);
    case "GET /tokens":
      return sendJson(res, 200, tokensOf(state, url.searchParams.get("userId") ?? ""));
    case "POST /expire-access-tokens":
      // Onshape may reject a token before its expires_in is up (e.g. a password change).
      for (const grant of state.accessTokens.values()) {
        if (grant.userId === body.userId) grant.expiresAt = 0;
      }
      return sendJson(res, 200, { expired: body.userId });
    case "POST /revoke":
      revoke(state, String(body.userId ?? ""));
      return sendJson(res, 200, { revoked: body.userId });
    case "POST /reset":
      state.config = { ...defaultConfig };
      state.faults = [];
      state.counters = newCounters();
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: `unknown control route ${route}` });
  }
}

/** Revoking a grant kills every token issued under it, as revoking an app in Onshape does. */
function revoke(state: EmulatorState, userId: string) {
  for (const key of [...state.grants]) if (key.startsWith(`${userId} `)) state.grants.delete(key);
  for (const [token, grant] of state.accessTokens)
    if (grant.userId === userId) state.accessTokens.delete(token);
  for (const [token, grant] of state.refreshTokens)
    if (grant.userId === userId) state.refreshTokens.delete(token);
}

/** Every live token of a user, so leak tests can search pages and logs for them. */
function tokensOf(state: EmulatorState, userId: string) {
  const mine = (map: Map<string, { userId: string }>) =>
    [...map].filter(([, grant]) => grant.userId === userId).map(([token]) => token);
  return { accessTokens: mine(state.accessTokens), refreshTokens: mine(state.refreshTokens) };
}

function pickConfig(body: Record<string, unknown>) {
  const picked: Partial<typeof defaultConfig> = {};
  for (const key of Object.keys(defaultConfig) as (keyof typeof defaultConfig)[]) {
    if (typeof body[key] === "number" && Number.isFinite(body[key]))
      picked[key] = body[key] as number;
  }
  return picked;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
