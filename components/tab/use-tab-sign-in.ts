"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { loadFrameView } from "./frame-view-action";
import {
  createNonce,
  keepsCookies,
  readTicketMessage,
  redeemModeFor,
  redeemTicket,
  type RedeemOutcome,
  requestStorageAccess,
  storageAccessState,
  type RedeemMode,
} from "@/lib/extension/hand-off";
import { popupPath } from "@/lib/extension/popup-params";

// The tab's sign-in steps. First: does the browser keep the app's (partitioned) cookies in
// Onshape's page? Then sign-in happens in the tab itself; otherwise in a popup, which hands
// this tab a single-use ticket by postMessage. The tab redeems it with its nonce into a cookie
// (with storage access, if the browser grants it) or, as the last resort, into a session held
// only in this tab's memory.

export type SignInPhase =
  | { step: "checking" }
  | { step: "here"; note?: string }
  | { step: "window"; note?: string }
  | { step: "waiting" }
  | { step: "continue"; ticket: string }
  | { step: "working" }
  | { step: "popup-blocked" }
  | { step: "memory"; view: ReactNode; session: string };

const unreachableNote = "The app could not be reached to finish signing in. Try again.";

const failureNotes: Record<Exclude<RedeemOutcome, { ok: true }>["reason"], string> = {
  expired: "The sign-in took longer than a minute to reach this tab. Sign in again.",
  used: "That sign-in was already used. Sign in again.",
  unknown: "That sign-in was not recognised. Sign in again.",
  "nonce-mismatch": "That sign-in was meant for another tab. Sign in again.",
  invalid: "That sign-in was not valid. Sign in again.",
  "signed-out": "That sign-in was not valid. Sign in again.",
  "rate-limited": "Too many sign-in attempts. Wait a minute, then sign in again.",
  unreachable: unreachableNote,
};

export function useTabSignIn({ tabQuery, companyId }: { tabQuery: string; companyId: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<SignInPhase>({ step: "checking" });
  const cookiesKept = useRef(false);
  const nonce = useRef<{ nonce: string; nonceHash: string } | null>(null);
  const popup = useRef<Window | null>(null);
  // Back to the first step, with a word on what went wrong.
  const retry = useCallback(
    (note: string) =>
      setPhase(cookiesKept.current ? { step: "here", note } : { step: "window", note }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // Storage access granted on an earlier visit: the session cookie is readable again.
      if ((await storageAccessState()) === "granted" && !(await document.hasStorageAccess())) {
        if (await requestStorageAccess()) {
          const session = await fetch("/api/auth/session", { cache: "no-store" }).then(
            (r) => r.json() as Promise<{ user?: unknown } | null>,
            () => null,
          );
          if (session?.user) return router.refresh();
        }
      }
      const kept = await keepsCookies();
      nonce.current = await createNonce();
      if (cancelled) return;
      cookiesKept.current = kept;
      setPhase(kept ? { step: "here" } : { step: "window" });
    })();
    return () => {
      cancelled = true;
    };
  }, [router]);

  const redeem = useCallback(
    async (ticket: string, mode: RedeemMode) => {
      setPhase({ step: "working" });
      try {
        const held = nonce.current?.nonce;
        if (!held) return retry(failureNotes.invalid);
        const outcome = await redeemTicket({ ticket, nonce: held, mode });
        // A nonce serves one hand-off.
        nonce.current = await createNonce();
        if (!outcome.ok) return retry(failureNotes[outcome.reason]);
        if (mode !== "frame" || !outcome.frameSession) return router.refresh();
        const result = await loadFrameView(outcome.frameSession, tabQuery);
        if (!result.ok) return retry(failureNotes.invalid);
        setPhase({ step: "memory", view: result.view, session: outcome.frameSession });
      } catch {
        retry(unreachableNote);
      }
    },
    [retry, router, tabQuery],
  );

  const onTicket = useCallback(
    async (ticket: string) => {
      if (cookiesKept.current) return redeem(ticket, "cookie");
      const access = await storageAccessState();
      if (access === "unsupported") return redeem(ticket, "frame");
      if (access === "granted")
        return redeem(ticket, redeemModeFor(false, await requestStorageAccess()));
      // Asking for storage access needs a click in this tab.
      setPhase({ step: "continue", ticket });
    },
    [redeem],
  );

  useEffect(() => {
    let closedSince = 0;
    const onMessage = (event: MessageEvent) => {
      const ticket = readTicketMessage(event, {
        origin: window.location.origin,
        source: popup.current,
      });
      if (!ticket) return;
      popup.current = null;
      void onTicket(ticket);
    };
    // A window closed without a ticket: the user gave up, or the hand-off never came.
    const timer = window.setInterval(() => {
      if (!popup.current?.closed) return;
      closedSince ||= Date.now();
      if (Date.now() - closedSince < 1000) return;
      popup.current = null;
      closedSince = 0;
      retry("The sign-in window was closed before sign-in finished.");
    }, 250);
    window.addEventListener("message", onMessage);
    return () => {
      window.removeEventListener("message", onMessage);
      window.clearInterval(timer);
    };
  }, [onTicket, retry]);

  const openWindow = () => {
    if (!nonce.current) return;
    const opened = window.open(
      popupPath({ nonceHash: nonce.current.nonceHash, companyId }),
      "onshape-app-sign-in",
      "popup,width=520,height=680",
    );
    if (!opened) return setPhase({ step: "popup-blocked" });
    popup.current = opened;
    setPhase({ step: "waiting" });
  };

  const continueHere = async (ticket: string) =>
    redeem(ticket, redeemModeFor(false, await requestStorageAccess()));

  /** The memory-only session ended (signed out in this tab): back to signing in. */
  const memoryEnded = useCallback((note: string) => retry(note), [retry]);

  return { phase, openWindow, continueHere, memoryEnded };
}
