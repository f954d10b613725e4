"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { requestTicket, ticketMessageType, type TicketMessage } from "@/lib/extension/hand-off";

// The popup after sign-in. A ticket is issued only when the user presses Continue here, and
// only for an opener that is a page of this app (the tab is one: its origin is the app's own,
// which a cross-site opener's location can never show). It is posted to that origin alone,
// then the window closes.

type State = "ready" | "handing-off" | "done" | "no-opener" | "failed" | "rate-limited";

/** The window that opened this one, when it is a page of this app; else null. */
function appOpener(): Window | null {
  const opener = window.opener as Window | null;
  if (!opener) return null;
  try {
    // Reading another origin's location throws: such an opener is not the tab.
    return opener.location.origin === window.location.origin ? opener : null;
  } catch {
    return null;
  }
}

export function PopupHandOff({ nonceHash, name }: { nonceHash: string; name: string | null }) {
  const [state, setState] = useState<State>("ready");
  const [retryAfter, setRetryAfter] = useState<number | undefined>();

  const handOff = async () => {
    const opener = appOpener();
    if (!opener) return setState("no-opener");
    setState("handing-off");
    const result = await requestTicket(nonceHash);
    if ("ticket" in result) {
      const message: TicketMessage = { type: ticketMessageType, ticket: result.ticket };
      opener.postMessage(message, window.location.origin);
      setState("done");
      window.close();
      return;
    }
    setRetryAfter(result.retryAfterSec);
    setState(result.reason === "rate-limited" ? "rate-limited" : "failed");
  };

  return (
    <div role="status" className="flex flex-col items-start gap-2">
      <h1 className="text-base font-semibold">Signed in as {name ?? "your Onshape account"}</h1>
      {state === "ready" ? (
        <>
          <p>Continue to use this account in the Onshape tab that opened this window.</p>
          <Button variant="primary" onClick={() => void handOff()}>
            Continue in the Onshape tab
          </Button>
        </>
      ) : null}
      {state === "handing-off" ? <p>Returning to the Onshape tab…</p> : null}
      {state === "done" ? <p>You can close this window and continue in the Onshape tab.</p> : null}
      {state === "no-opener" ? (
        <p>
          This window only passes your sign-in to the Onshape tab of this app that opened it, and
          that tab is gone. Close this window and press Sign in in the tab again.
        </p>
      ) : null}
      {state === "rate-limited" ? (
        <p>
          Too many sign-in attempts.{" "}
          {retryAfter ? `Try again in ${retryAfter} seconds.` : "Try again in a minute."}
        </p>
      ) : null}
      {state === "failed" ? (
        <p>Your sign-in could not be passed to the tab. Close this window and try again.</p>
      ) : null}
    </div>
  );
}
