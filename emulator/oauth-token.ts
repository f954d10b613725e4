import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "./http";
import { bump, newToken, type EmulatorState, type TokenGrant } from "./state";
import { takeFault, applyFault } from "./faults";

// Onshape's token endpoint, strictly: form body only, credentials only in the body, compared
// exactly after ONE decoding (so an unencoded or double-encoded `=`, `+` or `/` fails with 401),
// single-use codes that expire, redirect_uri and PKCE checked, and refresh tokens that rotate.

type Failure = { status: number; error: string; description: string };

const fail = (status: number, error: string, description: string): Failure => ({
  status,
  error,
  description,
});

export async function handleToken(state: EmulatorState, req: IncomingMessage, res: ServerResponse) {
  const fault = takeFault(state, "token");
  if (fault && (await applyFault(state, fault, res))) return;
  if (fault?.kind === "malformed") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end('{"access_token": "trunc');
  }
  const raw = await readBody(req);
  state.tokenRequests = [...state.tokenRequests.slice(-49), { headers: req.headers, body: raw }];
  const form = new URLSearchParams(raw);
  const grantType = form.get("grant_type") ?? "(none)";
  const result = exchange(state, req, form);
  if ("status" in result) {
    bump(state.counters.grantFailures, grantType);
    return sendJson(res, result.status, {
      error: result.error,
      error_description: result.description,
    });
  }
  bump(state.counters.grants, grantType);
  if (grantType === "refresh_token") bump(state.counters.refreshesByUser, result.userId);
  sendJson(res, 200, tokensFor(state, result));
}

function exchange(
  state: EmulatorState,
  req: IncomingMessage,
  form: URLSearchParams,
): TokenGrant | Failure {
  if (req.method !== "POST") return fail(405, "invalid_request", "use POST");
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return fail(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
  }
  if ([...new Set(form.keys())].some((key) => form.getAll(key).length > 1)) {
    return fail(400, "invalid_request", "a parameter was repeated");
  }
  // Onshape documents credentials in the body only; an app relying on HTTP Basic fails here.
  const clientId = form.get("client_id");
  const client = clientId ? state.clients.get(clientId) : undefined;
  const secret = form.get("client_secret") ?? "";
  if (!client || !sameText(secret, client.secret)) {
    return fail(401, "invalid_client", "client authentication failed");
  }
  switch (form.get("grant_type")) {
    case "authorization_code":
      return redeemCode(state, client.id, form);
    case "refresh_token":
      return rotateRefreshToken(state, client.id, form);
    default:
      return fail(
        400,
        "unsupported_grant_type",
        "grant_type must be authorization_code or refresh_token",
      );
  }
}

function redeemCode(
  state: EmulatorState,
  clientId: string,
  form: URLSearchParams,
): TokenGrant | Failure {
  const code = state.codes.get(form.get("code") ?? "");
  if (!code || code.clientId !== clientId)
    return fail(400, "invalid_grant", "unknown authorization code");
  if (code.used) return fail(400, "invalid_grant", "authorization code already used");
  code.used = true;
  if (Date.now() > code.expiresAt) return fail(400, "invalid_grant", "authorization code expired");
  if (code.redirectUri !== undefined && form.get("redirect_uri") !== code.redirectUri) {
    return fail(400, "invalid_grant", "redirect_uri does not match the authorize request");
  }
  if (code.codeChallenge) {
    const verifier = form.get("code_verifier");
    if (!verifier) return fail(400, "invalid_grant", "code_verifier is required");
    const computed =
      code.codeChallengeMethod === "S256"
        ? createHash("sha256").update(verifier).digest("base64url")
        : verifier;
    if (computed !== code.codeChallenge)
      return fail(400, "invalid_grant", "PKCE verification failed");
  }
  return { userId: code.userId, clientId, scope: code.scope };
}

function rotateRefreshToken(
  state: EmulatorState,
  clientId: string,
  form: URLSearchParams,
): TokenGrant | Failure {
  const token = form.get("refresh_token") ?? "";
  const grant = state.refreshTokens.get(token);
  if (!grant || grant.clientId !== clientId)
    return fail(400, "invalid_grant", "invalid refresh token");
  // Rotation: the used refresh token dies the moment a new one is issued.
  state.refreshTokens.delete(token);
  return grant;
}

function tokensFor(state: EmulatorState, grant: TokenGrant) {
  const accessToken = newToken();
  const refreshToken = newToken();
  const lifetime = state.config.tokenLifetimeSec;
  state.accessTokens.set(accessToken, { ...grant, expiresAt: Date.now() + lifetime * 1000 });
  state.refreshTokens.set(refreshToken, grant);
  return {
    access_token: accessToken,
    token_type: "Bearer",
    expires_in: lifetime,
    refresh_token: refreshToken,
    scope: grant.scope,
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
