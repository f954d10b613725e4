import type { ServerResponse } from "node:http";
import type { EmulatorUser } from "../api/types";
import { configureElement, configuredParts } from "../configurations/element-configuration";
import { escapeHtml, sendHtml } from "../http";
import { assemblyTree, flattenTree } from "../model/assembly-tree";
import { boxFaces } from "../model/box-geometry";
import type { SeedDocument, SeedElement, SeedSnapshot } from "../seed/types";
import type { EmulatorState } from "../state";
import { assetUrl } from "./assets";
import { hostLayout, selectItemDialogMarkup } from "./host-layout";
import { panelConfiguration, selectableItems } from "./host-data";
import type { PanelHostData } from "./panel-host-client";
import type { PickTarget } from "./selection-model";
import { targetKey } from "./selection-model";

// Plays Onshape's document page with the app in its Element right panel: a simple model view
// of the element (Part Studio: parts and their faces; assembly: part instances by
// occurrence) beside an iframe of the app's panel URL with the query Onshape builds
// (PLATFORM.md §5). Once the panel has posted a valid applicationInit, every change of the
// selection is sent as a SELECTION message. Test hooks carry data-testids; the logs list
// what the panel posted (with Onshape's verdict) and what the host sent.

export type PanelPage = {
  state: EmulatorState;
  res: ServerResponse;
  url: URL;
  server: string;
  panelUrl: string;
  user: EmulatorUser;
  doc: SeedDocument;
  wv: "w" | "v";
  wvId: string;
  snapshot: SeedSnapshot;
  element: SeedElement;
};

function pickButton(target: PickTarget, testId: string, label: string, extra = "") {
  return `<button type="button" class="pick" data-testid="${escapeHtml(testId)}" data-key="${escapeHtml(targetKey(target))}" data-target="${escapeHtml(JSON.stringify(target))}" data-selected="false" data-highlighted="false" aria-pressed="false"${extra}>${label}</button>`;
}

function swatch(color: { red: number; green: number; blue: number }) {
  return `<span class="swatch" style="background:rgb(${color.red},${color.green},${color.blue})"></span>`;
}

function modelView(page: PanelPage): { html: string; edit: PanelHostData["edit"] } {
  const { element, snapshot, doc, wv, wvId } = page;
  const requested = page.url.searchParams.get("configuration");
  const configuration = configureElement(element, requested ?? undefined);
  if (!configuration.ok) {
    return { html: `<p role="alert">${escapeHtml(configuration.message)}</p>`, edit: null };
  }
  const editOf = (elementId: string, partId: string | undefined) =>
    wv === "w" && partId ? { documentId: doc.id, workspaceId: wvId, elementId, partId } : null;
  if (element.elementType === "PARTSTUDIO") {
    const parts = configuredParts(element, configuration.value);
    const html = parts
      .map((part) => {
        const faces = boxFaces(part)
          .map((face) =>
            pickButton(
              { kind: "face", partId: part.partId, faceId: face.id },
              `face-${face.id}`,
              escapeHtml(face.side),
              ` title="Face ${escapeHtml(face.id)}"`,
            ),
          )
          .join("");
        return `<li class="part">${pickButton(
          { kind: "body", partId: part.partId },
          `part-${part.partId}`,
          `${swatch(part.color)}${escapeHtml(part.name)} <small>${escapeHtml(part.partId)}</small>`,
        )}<div class="faces" aria-label="Faces of ${escapeHtml(part.name)}">${faces}</div></li>`;
      })
      .join("");
    return {
      html: parts.length
        ? `<ul class="model">${html}</ul>`
        : "<p>This Part Studio has no parts.</p>",
      edit: editOf(element.id, parts[0]?.partId),
    };
  }
  if (element.elementType === "ASSEMBLY") {
    const nodes = flattenTree(assemblyTree(element, snapshot, configuration.value));
    const html = nodes
      .map((node) => {
        const indent = ` style="margin-left:${(node.path.length - 1) * 1.2}rem"`;
        if (node.kind === "assembly") {
          return `<li class="sub"${indent}>${escapeHtml(node.name)}</li>`;
        }
        return `<li${indent}>${pickButton(
          { kind: "occurrence", partId: node.part.partId, path: node.path },
          `occurrence-${node.path.join("-")}`,
          `${swatch(node.part.color)}${escapeHtml(node.name)}`,
        )}</li>`;
      })
      .join("");
    const firstPart = nodes.find((node) => node.kind === "part");
    return {
      html: `<ul class="model">${html}</ul>`,
      edit:
        firstPart?.kind === "part" ? editOf(firstPart.partStudio.id, firstPart.part.partId) : null,
    };
  }
  return { html: "<p>No model view for this kind of element.</p>", edit: null };
}

/** Onshape's query for the right panel; `{$configuration}` stays literal when unconfigured. */
export function panelSource(page: PanelPage): URL {
  const { state, doc, wv, wvId, element, server, user } = page;
  const owner = state.users.get(doc.ownerId);
  const encode = encodeURIComponent;
  const query = [
    `documentId=${doc.id}`,
    `wv=${wv}`,
    `wvid=${wvId}`,
    `elementId=${element.id}`,
    `configuration=${panelConfiguration(element, page.url.searchParams.get("configuration"))}`,
    `server=${encode(server)}`,
    `companyId=${encode(owner?.companyId ?? "cad")}`,
    `userId=${user.id}`,
    "locale=en-US",
    `clientId=${encode([...state.clients.keys()][0] ?? "")}`,
  ].join("&");
  const src = new URL(page.panelUrl);
  src.search = query;
  return src;
}

export function renderPanelHost(page: PanelPage) {
  const { doc, element, snapshot, wv, wvId, state, user } = page;
  const src = panelSource(page);
  const view = modelView(page);
  const data: PanelHostData = {
    appOrigin: src.origin,
    ids: { documentId: doc.id, elementId: element.id, workspaceOrVersionId: wvId },
    workspaceMicroversionId: snapshot.microversionId,
    edit: view.edit,
    dialogItems: selectableItems(state.store, user),
  };
  const body = `
<header><strong>Onshape</strong><small>local · right panel</small><span id="document-name">${escapeHtml(doc.name)}</span>
  <span class="context">${wv === "w" ? "Workspace" : "Version"} · ${escapeHtml(element.name)}</span></header>
<div class="layout">
  <section id="model-view" aria-label="Model">
    <p class="tools">
      <button type="button" data-testid="clear-selection">Clear selection</button>
      <button type="button" data-testid="edit-model"${view.edit ? "" : " disabled"}>Edit model</button>
      Selected: <span data-testid="selection-count">0</span>
    </p>
    <p><small>Microversion <code data-testid="workspace-microversion">${escapeHtml(snapshot.microversionId)}</code>.
      Click to select, ctrl/shift-click to add or remove.</small></p>
    ${view.html}
  </section>
  <script>
    // Keep what the panel posts before the module below runs (it loads after the page).
    window.hostMessages = [];
    window.addEventListener("message", (event) => window.hostMessages?.push(event));
  </script>
  <iframe id="app-panel" title="App panel" src="${escapeHtml(src.toString())}"></iframe>
  <aside>
    <h2>Messages from the panel</h2>
    <ol id="message-log"></ol>
    <h2>Sent to the panel</h2>
    <ol id="sent-log" data-testid="sent-log"></ol>
  </aside>
</div>
${selectItemDialogMarkup}
<script type="application/json" id="host-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
<script type="module">
import { startPanelHost } from "${assetUrl("panel-host-client")}";
startPanelHost(JSON.parse(document.getElementById("host-data").textContent));
</script>`;
  sendHtml(page.res, 200, hostLayout(`${doc.name} · right panel`, body));
}
