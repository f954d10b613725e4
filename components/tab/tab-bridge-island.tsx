"use client";

import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import {
  createTabBridge,
  type AppMessageName,
  type OnshapeMessage,
  type TabBridge,
  type TabMessageIds,
} from "@/lib/extension/tab-bridge";

// The tab's end of Onshape's message protocol: applicationInit once the tab is up, keepAlive
// while the user works in it, and show / hide / takeFocus from Onshape. Only messages from the
// tab's own, allowed `server` origin are acted on. One bridge per set of ids: the latest
// SELECTION it kept is handed to views that listen later, never to another element's.

const activityEvents = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

type Props = { ids: TabMessageIds; server: string; apiOrigin: string; children: ReactNode };

/** What the tab's views may say to Onshape, and hear from it (accepted messages only). */
export type OnshapeChannel = {
  send: (messageName: AppMessageName, extra?: Record<string, unknown>) => void;
  listen: (listener: (message: OnshapeMessage) => void) => () => void;
};

const ChannelContext = createContext<OnshapeChannel | null>(null);

/** Null outside Onshape (the tab opened on its own), where nobody would answer. */
export const useOnshapeChannel = () => useContext(ChannelContext);

export function TabBridgeIsland({ ids, server, apiOrigin, children }: Props) {
  const main = useRef<HTMLElement>(null);
  const [visible, setVisible] = useState(true);
  const [bridge, setBridge] = useState<TabBridge | null>(null);
  const { documentId, workspaceId, versionId, microversionId, elementId } = ids;

  useEffect(() => {
    // Opened on its own rather than inside Onshape: there is nobody to talk to.
    if (window.parent === window) return;
    const bridge = createTabBridge({
      ids: { documentId, workspaceId, versionId, microversionId, elementId },
      server,
      apiOrigin,
      post: (message, targetOrigin) => window.parent.postMessage(message, targetOrigin),
      handlers: {
        show: () => setVisible(true),
        hide: () => setVisible(false),
        takeFocus: () => main.current?.focus(),
      },
    });
    const onMessage = (event: MessageEvent) => {
      const claimsOnshape =
        typeof event.data === "object" && event.data !== null && "messageName" in event.data;
      if (claimsOnshape && !bridge.receive(event)) {
        console.warn(`[tab] ignored a message from ${event.origin}: not this tab's Onshape`);
      }
    };
    const onActivity = () => bridge.userActive();
    window.addEventListener("message", onMessage);
    for (const type of activityEvents) {
      window.addEventListener(type, onActivity, { passive: true });
    }
    bridge.start();
    setBridge(bridge);
    return () => {
      setBridge(null);
      window.removeEventListener("message", onMessage);
      for (const type of activityEvents) window.removeEventListener(type, onActivity);
    };
  }, [documentId, workspaceId, versionId, microversionId, elementId, server, apiOrigin]);

  const channel = useMemo<OnshapeChannel | null>(
    () => bridge && { send: bridge.send, listen: bridge.listen },
    [bridge],
  );

  return (
    <ChannelContext.Provider value={channel}>
      <main
        ref={main}
        tabIndex={-1}
        data-onshape-visibility={visible ? "visible" : "hidden"}
        className="min-h-screen bg-white outline-none"
      >
        {children}
      </main>
    </ChannelContext.Provider>
  );
}
