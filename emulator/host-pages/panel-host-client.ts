import { startSelectItemDialog } from "./select-item-dialog-client.js";
import {
  clickTarget,
  highlightKeys,
  messageVerdict,
  selectionMessage,
  targetKey,
  type DialogItem,
  type ExpectedIds,
  type PickTarget,
} from "./selection-model.js";

// Browser side of the right-panel host page (panel-host.ts renders the markup and this data).

export type PanelHostData = {
  appOrigin: string;
  ids: ExpectedIds;
  workspaceMicroversionId: string;
  /** The part "Edit model" changes; null when the context is a version. */
  edit: { documentId: string; workspaceId: string; elementId: string; partId: string } | null;
  dialogItems: DialogItem[];
};

function logItem(list: HTMLElement, data: unknown, attributes: Record<string, string>) {
  const item = document.createElement("li");
  Object.assign(item.dataset, attributes);
  const message = (data ?? {}) as { messageName?: unknown };
  item.innerHTML = "<code></code> <span></span><pre></pre>";
  item.children[0]!.textContent = String(message.messageName);
  const details = [attributes.origin, attributes.verdict].filter(Boolean);
  item.children[1]!.textContent = [new Date().toLocaleTimeString(), ...details].join(" · ");
  item.children[2]!.textContent = JSON.stringify(data);
  list.prepend(item);
}

export function startPanelHost(data: PanelHostData) {
  const frame = document.getElementById("app-panel") as HTMLIFrameElement;
  const received = document.getElementById("message-log")!;
  const sent = document.getElementById("sent-log")!;
  const microversion = document.querySelector<HTMLElement>("[data-testid=workspace-microversion]")!;
  let selection: PickTarget[] = [];
  let initialized = false;
  let workspaceMicroversionId = data.workspaceMicroversionId;

  const post = (message: Record<string, unknown>) => {
    frame.contentWindow?.postMessage(message, data.appOrigin);
    logItem(sent, message, { messageName: String(message.messageName) });
  };
  const render = () => {
    const keys = new Set(selection.map(targetKey));
    for (const element of document.querySelectorAll<HTMLElement>("[data-key]")) {
      const selected = keys.has(element.dataset.key ?? "");
      element.dataset.selected = String(selected);
      element.setAttribute("aria-pressed", String(selected));
    }
    document.querySelector<HTMLElement>("[data-testid=selection-count]")!.textContent = String(
      selection.length,
    );
  };
  const changeSelection = (next: PickTarget[]) => {
    selection = next;
    render();
    if (initialized) post(selectionMessage(selection, workspaceMicroversionId));
  };

  for (const element of document.querySelectorAll<HTMLElement>("[data-target]")) {
    element.addEventListener("click", (event) => {
      const target = JSON.parse(element.dataset.target ?? "{}") as PickTarget;
      changeSelection(
        clickTarget(selection, target, event.ctrlKey || event.shiftKey || event.metaKey),
      );
    });
  }
  document
    .querySelector("[data-testid=clear-selection]")!
    .addEventListener("click", () => changeSelection([]));
  const edit = document.querySelector<HTMLButtonElement>("[data-testid=edit-model]")!;
  edit.addEventListener("click", async () => {
    if (!data.edit) return;
    edit.disabled = true;
    const response = await fetch("/__emulator/edit-part", {
      method: "POST",
      body: JSON.stringify({ ...data.edit, description: `Bearbeitet ${new Date().toISOString()}` }),
    });
    const result = (await response.json()) as { microversionId?: string };
    if (result.microversionId) workspaceMicroversionId = result.microversionId;
    microversion.textContent = workspaceMicroversionId;
    edit.disabled = false;
  });

  const receive = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const verdict = messageVerdict(event.origin, data.appOrigin, event.data, data.ids);
    const message = (event.data ?? {}) as Record<string, unknown>;
    logItem(received, event.data, {
      messageName: String(message.messageName),
      origin: event.origin,
      verdict,
    });
    if (verdict !== "accepted") return;
    if (message.messageName === "applicationInit") initialized = true;
    if (message.messageName === "requestSelectionHighlight") {
      const keys = new Set(highlightKeys(message));
      for (const element of document.querySelectorAll<HTMLElement>("[data-key]")) {
        element.dataset.highlighted = String(keys.has(element.dataset.key ?? ""));
      }
    }
  };
  const early = (window as { hostMessages?: MessageEvent[] }).hostMessages ?? [];
  (window as { hostMessages?: MessageEvent[] }).hostMessages = undefined;
  window.addEventListener("message", receive);
  early.forEach(receive);

  startSelectItemDialog({
    appOrigin: data.appOrigin,
    frames: [frame],
    items: data.dialogItems,
    onSent: (message) => logItem(sent, message, { messageName: String(message.messageName) }),
  });
  render();
}
