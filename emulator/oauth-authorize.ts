import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml, parseCookies, readBody, redirect, sendHtml } from "./http";
import { userCookie, userCookieHeader } from "./emulator-user";
import { grantKey, newToken, type EmulatorState } from "./state";

// Onshape's authorize endpoint: validates the client and redirect URI before anything else
// (a bad one is shown, never redirected to), then asks the signed-in user to Allow or Deny
// and remembers which scopes were allowed, as Onshape does: the page comes back only when
// the app asks for a scope the user has not granted yet (e.g. OAuth2Write after OAuth2Read).

const single = ["response_type", "client_id", "redirect_uri", "state", "scope", "company_id"];

type Checked =
  | {
      ok: true;
      clientId: string;
      redirectUri: string;
      sentRedirectUri?: string;
      params: URLSearchParams;
    }
  | { ok: false; page: string }
  | { ok: false; redirectTo: string };

function check(state: EmulatorState, params: URLSearchParams): Checked {
  const clientId = params.get("client_id");
  const client = clientId ? state.clients.get(clientId) : undefined;
  if (!client)
    return { ok: false, page: `Unknown client_id ${escapeHtml(clientId ?? "(missing)")}.` };
  const sent = params.get("redirect_uri") ?? undefined;
  const redirectUri =
    sent ?? (client.redirectUris.length === 1 ? client.redirectUris[0] : undefined);
  if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
    return {
      ok: false,
      page: `redirect_uri ${escapeHtml(sent ?? "(missing)")} is not registered for this app.`,
    };
  }
  const fail = (error: string, description: string) => {
    const url = new URL(redirectUri);
    url.searchParams.set("error", error);
    url.searchParams.set("error_description", description);
    const st = params.get("state");
    if (st !== null) url.searchParams.set("state", st);
    return { ok: false as const, redirectTo: url.toString() };
  };
  if (single.some((name) => params.getAll(name).length > 1)) {
    return fail("invalid_request", "a parameter was repeated");
  }
  if (params.get("response_type") !== "code") {
    return fail("unsupported_response_type", "response_type must be code");
  }
  const scopes = (params.get("scope") ?? client.scopes.join(" ")).split(" ").filter(Boolean);
  if (!scopes.every((s) => client.scopes.includes(s))) {
    return fail("invalid_scope", `scope may only narrow ${client.scopes.join(" ")}`);
  }
  const method = params.get("code_challenge_method");
  if (method && !["S256", "plain"].includes(method)) {
    return fail("invalid_request", "code_challenge_method must be S256 or plain");
  }
  return { ok: true, clientId: client.id, redirectUri, sentRedirectUri: sent, params };
}

/** The scopes the request asks for: its `scope`, or all the app registered. */
function requestedScopes(state: EmulatorState, c: Extract<Checked, { ok: true }>): string[] {
  const client = state.clients.get(c.clientId)!;
  return (c.params.get("scope") ?? client.scopes.join(" ")).split(" ").filter(Boolean);
}

function issueCode(state: EmulatorState, userId: string, c: Extract<Checked, { ok: true }>) {
  const code = newToken();
  state.codes.set(code, {
    clientId: c.clientId,
    userId,
    redirectUri: c.sentRedirectUri,
    scope: requestedScopes(state, c).join(" "),
    codeChallenge: c.params.get("code_challenge") ?? undefined,
    codeChallengeMethod: c.params.get("code_challenge_method") ?? undefined,
    companyId: c.params.get("company_id") ?? undefined,
    expiresAt: Date.now() + state.config.codeLifetimeSec * 1000,
    used: false,
  });
  const url = new URL(c.redirectUri);
  url.searchParams.set("code", code);
  const st = c.params.get("state");
  if (st !== null) url.searchParams.set("state", st);
  return url.toString();
}

function respondToFailure(res: ServerResponse, checked: Exclude<Checked, { ok: true }>) {
  if ("redirectTo" in checked) return redirect(res, checked.redirectTo);
  sendHtml(res, 400, layout("Cannot sign in", `<p role="alert">${checked.page}</p>`));
}

export function handleAuthorizeGet(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) {
  const checked = check(state, url.searchParams);
  if (!checked.ok) return respondToFailure(res, checked);
  const userId = parseCookies(req.headers.cookie)[userCookie];
  const granted = userId ? state.grants.get(grantKey(userId, checked.clientId)) : undefined;
  const missing = requestedScopes(state, checked).filter((scope) => !granted?.has(scope));
  if (userId && state.users.has(userId) && granted && missing.length === 0) {
    return redirect(res, issueCode(state, userId, checked));
  }
  sendHtml(res, 200, grantPage(state, url.searchParams, userId, granted ? missing : []));
}

export async function handleAuthorizePost(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const form = new URLSearchParams(await readBody(req));
  const params = new URLSearchParams(form.get("request") ?? "");
  const checked = check(state, params);
  if (!checked.ok) return respondToFailure(res, checked);
  if (form.get("decision") !== "allow") {
    const url = new URL(checked.redirectUri);
    url.searchParams.set("error", "access_denied");
    const st = params.get("state");
    if (st !== null) url.searchParams.set("state", st);
    return redirect(res, url.toString());
  }
  const userId = form.get("user") ?? "";
  if (!state.users.has(userId))
    return sendHtml(res, 400, layout("Cannot sign in", "<p>Unknown user.</p>"));
  const key = grantKey(userId, checked.clientId);
  state.grants.set(
    key,
    new Set([...(state.grants.get(key) ?? []), ...requestedScopes(state, checked)]),
  );
  redirect(res, issueCode(state, userId, checked), {
    "set-cookie": userCookieHeader(userId),
  });
}

function grantPage(
  state: EmulatorState,
  params: URLSearchParams,
  currentUserId: string | undefined,
  newScopes: readonly string[],
) {
  const users = [...state.users.values()].slice(0, 20);
  const selected = currentUserId && state.users.has(currentUserId) ? currentUserId : users[0]?.id;
  const options = users
    .map(
      (u) =>
        `<label><input type="radio" name="user" value="${u.id}" ${u.id === selected ? "checked" : ""}> ${escapeHtml(u.name)} &lt;${escapeHtml(u.email)}&gt;</label>`,
    )
    .join("<br>");
  const scopes = escapeHtml(params.get("scope") ?? "the app's registered scopes");
  const again = newScopes.length
    ? `<p role="status" data-testid="new-scopes">You already granted this app access. It now also asks for: <code>${escapeHtml(newScopes.join(" "))}</code></p>`
    : "";
  return layout(
    "Allow access?",
    `<form method="post" action="/oauth/authorize">
      <input type="hidden" name="request" value="${escapeHtml(params.toString())}">
      <fieldset><legend>Sign in to Onshape as</legend>${options}</fieldset>
      ${again}
      <p>The application is requesting: <code>${scopes}</code></p>
      <button name="decision" value="allow">Allow</button>
      <button name="decision" value="deny">Deny</button>
    </form>`,
  );
}

function layout(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Onshape (local)</title>
<style>body{font:14px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2733}
fieldset{border:1px solid #d9dee5;border-radius:6px;margin:1rem 0;line-height:1.8}button{margin-right:.5rem;padding:.4rem 1rem}</style>
</head><body><h1>${title}</h1><p><small>Local Onshape emulator</small></p>${body}</body></html>`;
}
