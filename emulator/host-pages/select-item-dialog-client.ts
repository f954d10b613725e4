import {
  dialogClosedMessage,
  dialogItems,
  itemSelectedMessage,
  type DialogItem,
} from "./selection-model.js";

// Browser side of Onshape's select-item dialog, on both host pages: a frame of the app posts
// openSelectItemDialog (its origin must be the app's), the host lists Part Studios and
// assemblies the signed-in user can read, and answers the frame that asked with
// itemSelectedInSelectItemDialog or, on Cancel, selectItemDialogClosed.

export type DialogSetup = {
  appOrigin: string;
  frames: readonly HTMLIFrameElement[];
  items: readonly DialogItem[];
  /** Records what the host sent, for the page's log. */
  onSent: (message: Record<string, unknown>) => void;
};

export function startSelectItemDialog({ appOrigin, frames, items, onSent }: DialogSetup) {
  const dialog = document.getElementById("select-item-dialog") as HTMLDialogElement;
  const list = dialog.querySelector("ul")!;
  const cancel = dialog.querySelector<HTMLButtonElement>("[data-testid=select-item-cancel]")!;
  let answer: ((message: Record<string, unknown>) => void) | undefined;
  let currentMessageId: unknown;

  const reply = (message: Record<string, unknown>) => {
    answer?.(message);
    answer = undefined;
    dialog.close();
  };
  cancel.addEventListener("click", () => reply(dialogClosedMessage(currentMessageId)));
  // Escape closes a modal dialog: that is a cancel too.
  dialog.addEventListener("cancel", () => reply(dialogClosedMessage(currentMessageId)));

  window.addEventListener("message", (event) => {
    const frame = frames.find((f) => f.contentWindow === event.source);
    const data = (event.data ?? {}) as Record<string, unknown>;
    if (!frame || event.origin !== appOrigin || data.messageName !== "openSelectItemDialog") return;
    currentMessageId = data.messageId;
    answer = (message) => {
      frame.contentWindow?.postMessage(message, appOrigin);
      onSent(message);
    };
    list.replaceChildren(
      ...dialogItems(items, data).map((item) => {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.testid = `pick-${item.documentId}-${item.versionId ?? "w"}-${item.elementId}`;
        button.textContent = `${item.documentName}${item.versionName ? ` (${item.versionName})` : ""} › ${item.elementName}`;
        button.addEventListener("click", () => reply(itemSelectedMessage(item, currentMessageId)));
        li.append(button);
        return li;
      }),
    );
    dialog.showModal();
  });
}
