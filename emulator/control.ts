import type { IncomingMessage, ServerResponse } from "node:http";
import { partsForConfiguration } from "./configurations/element-configuration";
import { readBody, sendJson } from "./http";
import { partChanges, updateParts } from "./model/part-edits";
import { createDocumentStore, storedSnapshot } from "./model/store";
import { findElement } from "./seed";
import { defaultConfig, newCounters, type EmulatorState, type Fault } from "./state";

// Test knobs under /__emulator: latency, token lifetime, translations, scripted faults,
// counters, grant revocation, and edits to the documents. The emulator only listens on
// loopback, and these exist only in the emulator.

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
    case "GET /grants":
      return sendJson(res, 200, grantsOf(state, url.searchParams.get("userId") ?? ""));
    case "POST /expire-access-tokens":
      // Onshape may reject a token before its expires_in is up (e.g. a password change).
      for (const grant of state.accessTokens.values()) {
        if (grant.userId === body.userId) grant.expiresAt = 0;
      }
      return sendJson(res, 200, { expired: body.userId });
    case "POST /revoke":
      revoke(state, String(body.userId ?? ""), optionalString(body.clientId));
      return sendJson(res, 200, { revoked: body.userId });
    case "POST /edit-part":
      return editPart(state, body, res);
    case "GET /parts":
      return currentParts(state, url.searchParams, res);
    case "POST /reset":
      state.config = { ...defaultConfig };
      state.faults = [];
      state.counters = newCounters();
      state.store = createDocumentStore();
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: `unknown control route ${route}` });
  }
}

const optionalString = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Revoking a grant kills every token issued under it, as revoking an app in Onshape does. */
export function revoke(state: EmulatorState, userId: string, clientId?: string) {
  const mine = (grant: { userId: string; clientId: string }) =>
    grant.userId === userId && (clientId === undefined || grant.clientId === clientId);
  for (const key of [...state.grants.keys()]) {
    const [grantUser, grantClient] = [
      key.slice(0, key.indexOf(" ")),
      key.slice(key.indexOf(" ") + 1),
    ];
    if (mine({ userId: grantUser, clientId: grantClient })) state.grants.delete(key);
  }
  for (const [token, grant] of state.accessTokens)
    if (mine(grant)) state.accessTokens.delete(token);
  for (const [token, grant] of state.refreshTokens)
    if (mine(grant)) state.refreshTokens.delete(token);
}

/** Every live token of a user, so leak tests can search pages and logs for them. */
function tokensOf(state: EmulatorState, userId: string) {
  const mine = (map: Map<string, { userId: string }>) =>
    [...map].filter(([, grant]) => grant.userId === userId).map(([token]) => token);
  return { accessTokens: mine(state.accessTokens), refreshTokens: mine(state.refreshTokens) };
}

/** The apps a user has granted and the scopes of each. */
function grantsOf(state: EmulatorState, userId: string) {
  return Object.fromEntries(
    [...state.grants]
      .filter(([key]) => key.startsWith(`${userId} `))
      .map(([key, scopes]) => [key.slice(userId.length + 1), [...scopes]]),
  );
}

/** POST /edit-part {documentId, workspaceId, elementId, partId, ...changes} → {microversionId}. */
function editPart(state: EmulatorState, body: Record<string, unknown>, res: ServerResponse) {
  const { documentId, workspaceId, elementId, partId, ...changes } = body;
  const ids = { documentId, workspaceId, elementId, partId };
  const missing = Object.entries(ids).filter(([, value]) => typeof value !== "string");
  if (missing.length > 0) {
    return sendJson(res, 400, { error: `missing ${missing.map(([name]) => name).join(", ")}` });
  }
  const checked = partChanges(changes);
  if (!checked.ok) return sendJson(res, 400, { error: checked.message });
  const doc = state.store.documents.get(String(documentId));
  const result = updateParts(
    state.store,
    [{ ref: ids as Record<keyof typeof ids, string>, update: checked.update }],
    { userId: doc?.ownerId ?? "", now: Date.now() },
  );
  if (!result.ok) return sendJson(res, result.status, { error: result.message });
  return sendJson(res, 200, { microversionId: result.microversionId });
}

/** GET /parts?documentId&wvm&wvmId&elementId[&configuration]: the model's parts right now. */
function currentParts(state: EmulatorState, query: URLSearchParams, res: ServerResponse) {
  const doc = state.store.documents.get(query.get("documentId") ?? "");
  const wvm = query.get("wvm");
  if (!doc || (wvm !== "w" && wvm !== "v" && wvm !== "m")) {
    return sendJson(res, 404, { error: "unknown documentId, or wvm is not w, v or m" });
  }
  const snapshot = storedSnapshot(state.store, doc, { wvm, wvmId: query.get("wvmId") ?? "" });
  const element = snapshot && findElement(snapshot, query.get("elementId") ?? "");
  if (element?.elementType !== "PARTSTUDIO") {
    return sendJson(res, 404, {
      error: "no such Part Studio at that workspace/version/microversion",
    });
  }
  const parts = partsForConfiguration(element, query.get("configuration") ?? undefined);
  if (!parts) return sendJson(res, 400, { error: "invalid configuration" });
  return sendJson(res, 200, { microversionId: snapshot?.microversionId, parts });
}

function pickConfig(body: Record<string, unknown>) {
  const picked: Record<string, number | string> = {};
  for (const [key, fallback] of Object.entries(defaultConfig)) {
    const value = body[key];
    if (typeof fallback === "number" && typeof value === "number" && Number.isFinite(value)) {
      picked[key] = value;
    }
    if (typeof fallback === "string" && typeof value === "string") picked[key] = value;
  }
  return picked as Partial<typeof defaultConfig>;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || "{}");
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
