import { isAllowedOnshapeOrigin } from "@/lib/onshape/origins";
import type { TabContext } from "./tab-context";
import { wvmParameter } from "./wvm-parameter";

// The element tab's side of Onshape's postMessage protocol (app-dev/messages). Onshape sends
// nothing until the tab posts applicationInit, ignores messages whose ids do not match the tab,
// and ends its session when the user seems idle, so the tab posts keepAlive while the user
// works in it. Client-safe: it never sees a token.

/** What every message to Onshape carries: the tab's document, workspace/version and element. */
export type TabMessageIds = {
  documentId: string;
  elementId: string;
  workspaceId?: string;
  versionId?: string;
  microversionId?: string;
};

export type AppMessageName =
  | "applicationInit"
  | "keepAlive"
  | "showMessageBubble"
  | "closeFlyoutsAndMenus"
  | "errorReload"
  | "openSelectItemDialog"
  | "requestSelectionHighlight";

export type OnshapeMessage = { messageName: string } & Record<string, unknown>;

export type TabBridgeHandlers = {
  show?: () => void;
  hide?: () => void;
  takeFocus?: () => void;
};

// SELECTION describes a state (the whole selection, sent when it changes), not an event: the
// latest one is handed to a listener that starts after it arrived, so a selection made while a
// view loads is not lost. Events (a dialog's reply, print) are never replayed.
const stateMessages = new Set(["SELECTION"]);

export type TabBridgeOptions = {
  ids: TabMessageIds;
  /** The `server` the tab was opened with: the only origin messages go to and come from. */
  server: string;
  /** Origin of ONSHAPE_API_URL, the one non-onshape.com origin that counts as Onshape. */
  apiOrigin: string;
  post: (message: Record<string, unknown>, targetOrigin: string) => void;
  handlers?: TabBridgeHandlers;
  /** At most one keepAlive per interval, however busy the user is. */
  keepAliveIntervalMs?: number;
  now?: () => number;
};

export type TabBridge = {
  /** Posts applicationInit: Onshape talks to the tab only after this. */
  start: () => void;
  /** Call on user activity; posts a keepAlive unless one went out recently or the tab is hidden. */
  userActive: () => void;
  send: (messageName: AppMessageName, extra?: Record<string, unknown>) => void;
  /** Handles a message event; false when it was not from the tab's Onshape and was ignored. */
  receive: (event: { origin: string; data: unknown }) => boolean;
  /**
   * Hears every other accepted message (print, export, selection dialogs…); first handed the
   * latest state messages, if any.
   */
  listen: (listener: (message: OnshapeMessage) => void) => () => void;
  isVisible: () => boolean;
};

export const defaultKeepAliveIntervalMs = 60_000;

export function tabMessageIds(context: TabContext): TabMessageIds {
  return {
    documentId: context.documentId,
    [wvmParameter[context.wvm]]: context.wvmId,
    elementId: context.elementId,
  } as TabMessageIds;
}

/**
 * The message when it comes from the tab's Onshape: its origin must be exactly `server`, and
 * `server` itself must be an allowed Onshape origin. Anything else yields null.
 */
export function acceptOnshapeMessage(
  event: { origin: string; data: unknown },
  server: string,
  apiOrigin: string,
): OnshapeMessage | null {
  if (event.origin !== server || !isAllowedOnshapeOrigin(server, apiOrigin)) return null;
  const data = event.data;
  if (typeof data !== "object" || data === null) return null;
  const messageName = (data as { messageName?: unknown }).messageName;
  return typeof messageName === "string" ? (data as OnshapeMessage) : null;
}

export function createTabBridge(options: TabBridgeOptions): TabBridge {
  const { ids, server, apiOrigin, post, handlers = {} } = options;
  // A server from the query that is not Onshape must never receive anything.
  if (!isAllowedOnshapeOrigin(server, apiOrigin)) {
    throw new Error(`${server} is not an allowed Onshape origin`);
  }
  const interval = options.keepAliveIntervalMs ?? defaultKeepAliveIntervalMs;
  const now = options.now ?? Date.now;
  let visible = true;
  let lastKeepAlive = Number.NEGATIVE_INFINITY;
  // Per bridge, so per ids: a state kept for one element is never handed to another's view.
  const listeners = new Set<(message: OnshapeMessage) => void>();
  const latest = new Map<string, OnshapeMessage>();

  const send = (messageName: AppMessageName, extra: Record<string, unknown> = {}) =>
    post({ ...extra, ...ids, messageName }, server);

  return {
    start: () => send("applicationInit"),
    userActive() {
      // Activity in a hidden tab is not the user working in Onshape.
      if (!visible) return;
      const time = now();
      if (time - lastKeepAlive < interval) return;
      lastKeepAlive = time;
      send("keepAlive");
    },
    send,
    receive(event) {
      const message = acceptOnshapeMessage(event, server, apiOrigin);
      if (!message) return false;
      if (message.messageName === "show") {
        visible = true;
        handlers.show?.();
      } else if (message.messageName === "hide") {
        visible = false;
        handlers.hide?.();
      } else if (message.messageName === "takeFocus") {
        handlers.takeFocus?.();
      } else {
        if (stateMessages.has(message.messageName)) latest.set(message.messageName, message);
        listeners.forEach((listener) => listener(message));
      }
      return true;
    },
    listen(listener) {
      listeners.add(listener);
      latest.forEach((message) => listener(message));
      return () => listeners.delete(listener);
    },
    isVisible: () => visible,
  };
}
