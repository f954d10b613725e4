// What the right-panel host page (emulator/host-pages/panel-host.ts) runs in the browser to
// play Onshape's selection: clicks build the selection, and each change is sent to the panel
// as one SELECTION message holding the whole selection (PLATFORM.md §5). Pure functions, no
// imports: the emulator serves this file to the browser as JavaScript, and the unit tests
// import it as it is.

/** Something the user can pick in the model view. */
export type PickTarget =
  | { kind: "body"; partId: string }
  | { kind: "face"; partId: string; faceId: string }
  | { kind: "occurrence"; partId: string; path: readonly string[] };

export type SelectionEntry = {
  selectionType: "BODY" | "ENTITY";
  selectionId: string;
  entityType?: "FACE";
  workspaceMicroversionId: string;
  occurrencePath?: string[];
};

export type SelectionMessage = { messageName: "SELECTION"; selections: SelectionEntry[] };

export function targetKey(target: PickTarget): string {
  if (target.kind === "body") return `body:${target.partId}`;
  if (target.kind === "face") return `face:${target.faceId}`;
  return `occurrence:${target.path.join("/")}`;
}

/**
 * A click: without a modifier it selects only `target`, or clears the selection when
 * `target` was all of it; with ctrl/shift (`additive`) it adds or removes `target`.
 */
export function clickTarget(
  selection: readonly PickTarget[],
  target: PickTarget,
  additive: boolean,
): PickTarget[] {
  const key = targetKey(target);
  const selected = selection.some((item) => targetKey(item) === key);
  if (additive) {
    return selected ? selection.filter((item) => targetKey(item) !== key) : [...selection, target];
  }
  return selected && selection.length === 1 ? [] : [target];
}

export function selectionEntry(
  target: PickTarget,
  workspaceMicroversionId: string,
): SelectionEntry {
  if (target.kind === "face") {
    return {
      selectionType: "ENTITY",
      entityType: "FACE",
      selectionId: target.faceId,
      workspaceMicroversionId,
    };
  }
  if (target.kind === "occurrence") {
    return {
      selectionType: "BODY",
      selectionId: target.partId,
      workspaceMicroversionId,
      occurrencePath: [...target.path],
    };
  }
  return { selectionType: "BODY", selectionId: target.partId, workspaceMicroversionId };
}

export function selectionMessage(
  selection: readonly PickTarget[],
  workspaceMicroversionId: string,
): SelectionMessage {
  return {
    messageName: "SELECTION",
    selections: selection.map((target) => selectionEntry(target, workspaceMicroversionId)),
  };
}

/** The ids a panel's messages must carry, as Onshape checks them. */
export type ExpectedIds = { documentId: string; elementId: string; workspaceOrVersionId: string };

/** Onshape's verdict on a message from the app's frame. */
export function messageVerdict(
  origin: string,
  appOrigin: string,
  data: unknown,
  ids: ExpectedIds,
): "accepted" | "ignored: wrong origin" | "ignored: ids do not match" {
  if (origin !== appOrigin) return "ignored: wrong origin";
  const message = (typeof data === "object" && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  const context = message.workspaceId ?? message.versionId;
  const matches =
    message.documentId === ids.documentId &&
    message.elementId === ids.elementId &&
    context === ids.workspaceOrVersionId;
  return matches ? "accepted" : "ignored: ids do not match";
}

/** requestSelectionHighlight: which model-view keys to mark, from the panel's selections. */
export function highlightKeys(data: unknown): string[] {
  const selections = (data as { selections?: unknown })?.selections;
  if (!Array.isArray(selections)) return [];
  return selections.flatMap((item): string[] => {
    const entry = (typeof item === "object" && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const id = typeof entry.selectionId === "string" ? entry.selectionId : undefined;
    if (!id) return [];
    if (Array.isArray(entry.occurrencePath))
      return [`occurrence:${entry.occurrencePath.join("/")}`];
    return entry.selectionType === "ENTITY" ? [`face:${id}`] : [`body:${id}`];
  });
}

/** A Part Studio or assembly the select-item dialog offers. */
export type DialogItem = {
  documentId: string;
  documentName: string;
  workspaceId?: string;
  versionId?: string;
  versionName?: string;
  elementId: string;
  elementName: string;
  elementType: "PARTSTUDIO" | "ASSEMBLY";
  /** The element's default configuration string; "" when it is not configured. */
  elementConfiguration: string;
};

/** What openSelectItemDialog asked for (selectPartStudios / selectAssemblies; default both). */
export function dialogItems(items: readonly DialogItem[], request: unknown): DialogItem[] {
  const options = (typeof request === "object" && request !== null ? request : {}) as Record<
    string,
    unknown
  >;
  const askedForSome = options.selectPartStudios === true || options.selectAssemblies === true;
  return items.filter((item) =>
    !askedForSome
      ? true
      : item.elementType === "PARTSTUDIO"
        ? options.selectPartStudios === true
        : options.selectAssemblies === true,
  );
}

/** itemSelectedInSelectItemDialog for a picked item; `messageId` echoes the request's. */
export function itemSelectedMessage(item: DialogItem, messageId?: unknown) {
  return {
    messageName: "itemSelectedInSelectItemDialog",
    ...(typeof messageId === "string" ? { messageId } : {}),
    documentId: item.documentId,
    ...(item.versionId ? { versionId: item.versionId } : { workspaceId: item.workspaceId }),
    elementId: item.elementId,
    elementType: item.elementType,
    elementConfiguration: item.elementConfiguration,
  };
}

export function dialogClosedMessage(messageId?: unknown) {
  return {
    messageName: "selectItemDialogClosed",
    ...(typeof messageId === "string" ? { messageId } : {}),
  };
}
