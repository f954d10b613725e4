import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml, parseCookies, sendHtml } from "./http";
import { storedSnapshot } from "./model/store";
import { findElement, type SnapshotRef } from "./seed";
import type { EmulatorState } from "./state";
import { seededUsers } from "./users";

// Plays Onshape's document page for the app's element tab: it frames the app's Action URL
// with the query Onshape appends, logs every message the tab posts (and whether Onshape would
// accept it), and can send the tab show / hide / takeFocus. It is served from the emulator's
// origin, so the app runs in it as a third party, as it does in Onshape.

const pagePattern = /^\/documents\/([0-9a-f]{24})\/([wvm])\/([0-9a-f]{24})\/e\/([0-9a-f]{24})$/;
const wvmParameter = { w: "workspaceId", v: "versionId", m: "microversionId" } as const;
const userCookie = "onshape_emulator_user";

export function isTabHostPath(pathname: string): boolean {
  return pagePattern.test(pathname);
}

export function handleTabHost(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  tabUrl: string | undefined,
) {
  const [, documentId = "", wvm = "w", wvmId = "", elementId = ""] =
    pagePattern.exec(url.pathname) ?? [];
  const doc = state.store.documents.get(documentId);
  const snapshot = doc && storedSnapshot(state.store, doc, { wvm, wvmId } as SnapshotRef);
  const element = snapshot && findElement(snapshot, elementId);
  if (!doc || !snapshot || !element) {
    return sendHtml(
      res,
      404,
      page(
        "Not found",
        "<p role=alert>No such document, workspace or element in the local Onshape.</p>",
      ),
    );
  }
  if (!tabUrl) {
    return sendHtml(
      res,
      404,
      page(
        "No app tab",
        "<p role=alert>No app tab is registered: start the emulator with EMULATOR_TAB_URL (or tabUrl).</p>",
      ),
    );
  }
  const cookieUser = parseCookies(req.headers.cookie)[userCookie];
  const user = (cookieUser && state.users.get(cookieUser)) || seededUsers[0]!;
  const owner = state.users.get(doc.ownerId);
  const server = `http://${req.headers.host}`;
  const ids = {
    documentId,
    [wvmParameter[wvm as keyof typeof wvmParameter]]: wvmId,
    elementId,
  };
  const src = new URL(tabUrl);
  const query = new URLSearchParams({
    ...ids,
    server,
    companyId: owner?.companyId ?? "cad",
    userId: user.id,
    locale: "en-US",
    clientId: [...state.clients.keys()][0] ?? "",
  });
  src.search = query.toString();

  const tabs = snapshot.elements
    .map((e) => {
      const href = `/documents/${documentId}/${wvm}/${wvmId}/e/${e.id}`;
      const current = e.id === elementId ? ' aria-current="page"' : "";
      return `<a href="${href}"${current}>${escapeHtml(e.name)}</a>`;
    })
    .join("");
  const body = `
<header><strong>Onshape</strong><small>local</small><span id="document-name">${escapeHtml(doc.name)}</span></header>
<div class="layout">
  <iframe id="app-tab" title="App tab" src="${escapeHtml(src.toString())}"></iframe>
  <aside>
    <h2>Messages from the tab</h2>
    <p>Send to the tab:
      <button data-send="show">show</button>
      <button data-send="hide">hide</button>
      <button data-send="takeFocus">takeFocus</button></p>
    <ol id="message-log"></ol>
  </aside>
</div>
<nav aria-label="Tabs">${tabs}</nav>
<script>
const appOrigin = ${JSON.stringify(src.origin)};
const ids = ${JSON.stringify(ids)};
const frame = document.getElementById("app-tab");
const log = document.getElementById("message-log");
window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow) return;
  const data = event.data && typeof event.data === "object" ? event.data : {};
  // Onshape's rules: the origin of the iframe's src, and the tab's own ids.
  const verdict = event.origin !== appOrigin ? "ignored: wrong origin"
    : Object.entries(ids).some(([k, v]) => data[k] !== v) ? "ignored: ids do not match"
    : "accepted";
  const item = document.createElement("li");
  item.dataset.messageName = String(data.messageName);
  item.dataset.verdict = verdict;
  item.dataset.origin = event.origin;
  const time = new Date().toLocaleTimeString();
  item.innerHTML = "<code></code> <span></span><pre></pre>";
  item.children[0].textContent = String(data.messageName);
  item.children[1].textContent = time + " · " + event.origin + " · " + verdict;
  item.children[2].textContent = JSON.stringify(data);
  log.prepend(item);
});
for (const button of document.querySelectorAll("[data-send]")) {
  button.addEventListener("click", () =>
    frame.contentWindow.postMessage({ messageName: button.dataset.send }, appOrigin));
}
</script>`;
  sendHtml(res, 200, page(doc.name, body));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Onshape (local)</title>
<style>
*{box-sizing:border-box}body{margin:0;font:13px system-ui,sans-serif;color:#1f2733;display:flex;flex-direction:column;height:100vh}
header{display:flex;gap:.6rem;align-items:baseline;padding:.45rem .8rem;background:#1f2733;color:#fff}header small{color:#aab4c0}
#document-name{margin-left:1rem;font-weight:600}
.layout{flex:1;display:flex;min-height:0}iframe{flex:1;border:0;border-right:1px solid #d9dee5;background:#fff}
aside{width:24rem;overflow:auto;padding:.5rem .8rem;background:#f4f6f9}aside h2{font-size:13px;margin:.2rem 0}
ol{padding-left:1.2rem}li{margin:.3rem 0}pre{margin:.1rem 0;white-space:pre-wrap;word-break:break-all;font-size:11px;color:#5b6675}
nav{display:flex;gap:1px;background:#d9dee5;border-top:1px solid #d9dee5}nav a{padding:.35rem .8rem;background:#f4f6f9;color:#1f2733;text-decoration:none}
nav a[aria-current]{background:#fff;font-weight:600}
</style></head><body>${body}</body></html>`;
}
