import type { IncomingMessage, ServerResponse } from "node:http";
import { signedInUser } from "./emulator-user";
import { assetUrl } from "./host-pages/assets";
import { selectableItems } from "./host-pages/host-data";
import { hostLayout, selectItemDialogMarkup } from "./host-pages/host-layout";
import { renderPanelHost } from "./host-pages/panel-host";
import { escapeHtml, sendHtml } from "./http";
import { storedSnapshot } from "./model/store";
import { findElement, type SnapshotRef } from "./seed";
import type { EmulatorState } from "./state";
import { seededUsers } from "./users";

// Plays Onshape's document page for the app's element tab: it frames the app's Action URL
// with the query Onshape appends, logs every message the tab posts (and whether Onshape would
// accept it), can send the tab show / hide / takeFocus, and answers openSelectItemDialog. It
// is served from the emulator's origin, so the app runs in it as a third party, as it does in
// Onshape. With ?panel=1 the same address hosts the app's right panel instead (w or v only).

const pagePattern = /^\/documents\/([0-9a-f]{24})\/([wvm])\/([0-9a-f]{24})\/e\/([0-9a-f]{24})$/;
const wvmParameter = { w: "workspaceId", v: "versionId", m: "microversionId" } as const;

export type HostUrls = {
  /** The app's element-tab Action URL. */
  tabUrl?: string;
  /** The app's right-panel URL; default: the tab URL with /tab → /panel. */
  panelUrl?: string;
};

export function isTabHostPath(pathname: string): boolean {
  return pagePattern.test(pathname);
}

export function defaultPanelUrl(tabUrl: string): string {
  const url = new URL(tabUrl);
  url.pathname = url.pathname.replace(/\/tab$/, "/panel");
  return url.toString();
}

function notFound(res: ServerResponse, title: string, message: string) {
  sendHtml(res, 404, hostLayout(title, `<p role=alert>${message}</p>`));
}

export function handleTabHost(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  urls: HostUrls,
) {
  const [, documentId = "", wvm = "w", wvmId = "", elementId = ""] =
    pagePattern.exec(url.pathname) ?? [];
  const doc = state.store.documents.get(documentId);
  const snapshot = doc && storedSnapshot(state.store, doc, { wvm, wvmId } as SnapshotRef);
  const element = snapshot && findElement(snapshot, elementId);
  if (!doc || !snapshot || !element) {
    return notFound(
      res,
      "Not found",
      "No such document, workspace or element in the local Onshape.",
    );
  }
  const user = signedInUser(state, req) ?? seededUsers[0]!;
  const server = `http://${req.headers.host}`;
  if (url.searchParams.get("panel") === "1") {
    const panelUrl = urls.panelUrl ?? (urls.tabUrl ? defaultPanelUrl(urls.tabUrl) : undefined);
    if (!panelUrl) {
      return notFound(
        res,
        "No app panel",
        "No app panel is registered: start the emulator with EMULATOR_PANEL_URL (or panelUrl).",
      );
    }
    if (wvm === "m") {
      return notFound(
        res,
        "Not found",
        "Onshape opens right panels in workspaces and versions only.",
      );
    }
    return renderPanelHost({
      state,
      res,
      url,
      server,
      panelUrl,
      user,
      doc,
      wv: wvm as "w" | "v",
      wvId: wvmId,
      snapshot,
      element,
    });
  }
  if (!urls.tabUrl) {
    return notFound(
      res,
      "No app tab",
      "No app tab is registered: start the emulator with EMULATOR_TAB_URL (or tabUrl).",
    );
  }
  const owner = state.users.get(doc.ownerId);
  const ids = {
    documentId,
    [wvmParameter[wvm as keyof typeof wvmParameter]]: wvmId,
    elementId,
  };
  const src = new URL(urls.tabUrl);
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
  const dialogData = { appOrigin: src.origin, items: selectableItems(state.store, user) };
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
    <h2>Sent to the tab</h2>
    <ol id="sent-log" data-testid="sent-log"></ol>
  </aside>
</div>
<nav aria-label="Tabs">${tabs}</nav>
${selectItemDialogMarkup}
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
</script>
<script type="application/json" id="dialog-data">${JSON.stringify(dialogData).replace(/</g, "\\u003c")}</script>
<script type="module">
import { startSelectItemDialog } from "${assetUrl("select-item-dialog-client")}";
const data = JSON.parse(document.getElementById("dialog-data").textContent);
const sent = document.getElementById("sent-log");
startSelectItemDialog({
  appOrigin: data.appOrigin,
  frames: [document.getElementById("app-tab")],
  items: data.items,
  onSent: (message) => {
    const item = document.createElement("li");
    item.dataset.messageName = message.messageName;
    item.innerHTML = "<code></code><pre></pre>";
    item.children[0].textContent = message.messageName;
    item.children[1].textContent = JSON.stringify(message);
    sent.prepend(item);
  },
});
</script>`;
  sendHtml(res, 200, hostLayout(doc.name, body));
}
