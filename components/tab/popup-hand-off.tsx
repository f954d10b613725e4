"use client";

import { useEffect, useRef, useState } from "react";
import { issueTicket } from "@/lib/actions/tab-tickets";
import { ticketMessageType, type TicketMessage } from "@/lib/extension/hand-off";

// The popup after sign-in: a single-use ticket for the tab that opened it, posted to the app's
// own origin only (the tab is a page of this app), then the window closes.

type State = "handing-off" | "done" | "no-opener" | "failed";

export function PopupHandOff({ nonceHash, name }: { nonceHash: string; name: string | null }) {
  const [state, setState] = useState<State>("handing-off");
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const opener = window.opener as Window | null;
    // Without the tab that opened this window there is nobody to hand a ticket to.
    const issued = opener ? issueTicket(nonceHash) : Promise.resolve(null);
    void issued.then(
      (result) => {
        if (!opener || !result) return setState("no-opener");
        if (!result.ok) return setState("failed");
        const message: TicketMessage = { type: ticketMessageType, ticket: result.ticket };
        opener.postMessage(message, window.location.origin);
        setState("done");
        window.close();
      },
      () => setState("failed"),
    );
  }, [nonceHash]);

  return (
    <div role="status" className="flex flex-col gap-2">
      <h1 className="text-base font-semibold">Signed in as {name ?? "your Onshape account"}</h1>
      {state === "handing-off" ? <p>Returning to the Onshape tab…</p> : null}
      {state === "done" ? <p>You can close this window and continue in the Onshape tab.</p> : null}
      {state === "no-opener" ? (
        <p>
          This window only passes your sign-in to the Onshape tab that opened it, and that tab is
          gone. Close this window and press Sign in in the tab again.
        </p>
      ) : null}
      {state === "failed" ? (
        <p>Your sign-in could not be passed to the tab. Close this window and try again.</p>
      ) : null}
    </div>
  );
}
