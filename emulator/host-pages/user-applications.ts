import type { IncomingMessage, ServerResponse } from "node:http";
import { revoke } from "../control";
import { signedInUser, userCookieHeader } from "../emulator-user";
import { escapeHtml, readBody, redirect, sendHtml } from "../http";
import { grantKey, type EmulatorState } from "../state";
import { hostLayout } from "./host-layout";

// Onshape's My account → Applications for the signed-in emulator user (PLATFORM.md §9): the
// apps and the scopes granted to each, an "Open" link to the app's OAuth URL with
// ?redirectOnshapeUri=<this page>, and "Revoke", which kills the grant and its tokens like
// /__emulator/revoke. The forms change state, so they must come from this origin.

export type ApplicationsOptions = { tabUrl?: string; appOAuthUrl?: string };

const base = "/user/applications";

export function isApplicationsPath(pathname: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function appOAuthUrl(options: ApplicationsOptions): string | undefined {
  if (options.appOAuthUrl) return options.appOAuthUrl;
  return options.tabUrl ? `${new URL(options.tabUrl).origin}/signin` : undefined;
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin ?? req.headers.referer;
  if (!origin || !URL.canParse(origin)) return false;
  return new URL(origin).host === req.headers.host;
}

function signInForm(state: EmulatorState) {
  const users = [...state.users.values()]
    .slice(0, 20)
    .map(
      (u, i) =>
        `<label><input type="radio" name="user" value="${u.id}"${i === 0 ? " checked" : ""}> ${escapeHtml(u.name)} &lt;${escapeHtml(u.email)}&gt;</label>`,
    )
    .join("<br>");
  return `<form method="post" action="${base}/sign-in"><fieldset><legend>Sign in to Onshape as</legend>${users}</fieldset>
<button>Sign in</button></form>`;
}

function applicationsPage(
  state: EmulatorState,
  req: IncomingMessage,
  options: ApplicationsOptions,
) {
  const user = signedInUser(state, req);
  if (!user)
    return hostLayout(
      "Applications",
      `<main class="page"><h1>Applications</h1>${signInForm(state)}</main>`,
    );
  const oauthUrl = appOAuthUrl(options);
  const here = `http://${req.headers.host}${base}`;
  const rows = [...state.clients.values()]
    .map((client, index) => {
      const scopes = state.grants.get(grantKey(user.id, client.id));
      const open = oauthUrl
        ? `<a data-testid="open-app" href="${escapeHtml(`${oauthUrl}?redirectOnshapeUri=${encodeURIComponent(here)}`)}">Open</a>`
        : "<span>No OAuth URL registered (EMULATOR_APP_OAUTH_URL)</span>";
      return `<tr data-testid="app-${index}" data-client-id="${escapeHtml(client.id)}">
  <th scope="row">${escapeHtml(client.name ?? "Local app")} <small>${escapeHtml(client.id)}</small></th>
  <td data-testid="granted-scopes">${scopes ? escapeHtml([...scopes].join(" ")) : "Not granted"}</td>
  <td>${open}</td>
  <td><form method="post" action="${base}/revoke"><input type="hidden" name="clientId" value="${escapeHtml(client.id)}">
    <button data-testid="revoke-app"${scopes ? "" : " disabled"}>Revoke</button></form></td>
</tr>`;
    })
    .join("");
  return hostLayout(
    "Applications",
    `<main class="page"><h1>Applications</h1>
<p>Signed in as <strong data-testid="signed-in-user">${escapeHtml(user.name)}</strong>.</p>
<table><thead><tr><th>Application</th><th>Onshape access</th><th></th><th></th></tr></thead><tbody>${rows}</tbody></table>
<h2>Switch user</h2>${signInForm(state)}</main>`,
  );
}

export async function handleApplications(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: ApplicationsOptions,
) {
  if (req.method === "GET" && url.pathname === base) {
    return sendHtml(res, 200, applicationsPage(state, req, options));
  }
  if (req.method !== "POST" || ![`${base}/revoke`, `${base}/sign-in`].includes(url.pathname)) {
    return sendHtml(res, 404, hostLayout("Not found", "<p role=alert>Not found.</p>"));
  }
  if (!sameOrigin(req)) {
    return sendHtml(
      res,
      403,
      hostLayout(
        "Refused",
        "<p role=alert>This form must be sent from the local Onshape's own page.</p>",
      ),
    );
  }
  const form = new URLSearchParams(await readBody(req));
  if (url.pathname === `${base}/sign-in`) {
    const userId = form.get("user") ?? "";
    if (!state.users.has(userId))
      return sendHtml(res, 400, hostLayout("Unknown user", "<p role=alert>Unknown user.</p>"));
    return redirect(res, base, { "set-cookie": userCookieHeader(userId) });
  }
  const user = signedInUser(state, req);
  if (!user) return redirect(res, base);
  revoke(state, user.id, form.get("clientId") ?? "");
  redirect(res, base);
}
