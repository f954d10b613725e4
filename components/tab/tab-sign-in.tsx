"use client";

import { SignInInTabForm } from "@/components/auth/sign-in-in-tab-form";
import { Button } from "@/components/ui/button";
import { CookieHelp } from "./cookie-help";
import { MemorySessionContext } from "./tab-session-context";
import { useTabSignIn } from "./use-tab-sign-in";

type Props = {
  tabQuery: string;
  companyId: string;
  appOrigin: string;
  onshapeOrigin: string;
  /** Signed in, but Onshape no longer accepts the app's access (revoked, or new scopes). */
  revoked?: boolean;
};

/**
 * The tab's one screen for a user the app cannot act for yet: never signed in here (maybe
 * subscribed in the App Store but not granted), or whose grant was revoked. "Grant access"
 * signs in, in the tab or through a popup when the browser keeps no cookie in the iframe;
 * Onshape shows its grant page when the app has no grant, and the user comes back here.
 */
export function TabSignIn({ tabQuery, companyId, appOrigin, onshapeOrigin, revoked }: Props) {
  const { phase, openWindow, continueHere, memoryEnded } = useTabSignIn({ tabQuery, companyId });
  if (phase.step === "memory") {
    return (
      <MemorySessionContext value={{ token: phase.session, ended: memoryEnded }}>
        {phase.view}
      </MemorySessionContext>
    );
  }

  return (
    <section
      aria-labelledby="tab-sign-in"
      data-testid="grant-access"
      data-grant={revoked ? "revoked" : "none"}
      className="flex flex-col items-start gap-2 py-2"
    >
      <h1 id="tab-sign-in" className="text-sm font-semibold">
        {revoked ? "Grant access again" : "Grant this app access to your Onshape documents"}
      </h1>
      <p className="text-onshape-muted">
        {revoked
          ? "Onshape no longer accepts this app's access for your account: it was revoked, or the app now asks for other permissions."
          : "The app reads this document's parts and assemblies for you once you grant it access (Onshape asks you once)."}
      </p>
      {phase.step === "checking" || phase.step === "here" ? (
        <>
          <p className="text-onshape-muted">You will come back to this tab.</p>
          <SignInInTabForm tabQuery={tabQuery} label="Grant access" />
          <Button variant="link" onClick={openWindow} className="text-xs">
            Grant access in a separate window instead
          </Button>
          {phase.step === "here" && phase.note ? <p role="status">{phase.note}</p> : null}
        </>
      ) : null}
      {phase.step === "window" ? (
        <>
          <p className="text-onshape-muted">
            Your browser does not keep this app&apos;s cookies inside Onshape&apos;s page, so access
            is granted in a separate window.
          </p>
          <Button variant="primary" onClick={openWindow}>
            Grant access (opens a window)
          </Button>
          {phase.note ? <p role="status">{phase.note}</p> : null}
        </>
      ) : null}
      {phase.step === "waiting" ? (
        <p role="status" className="text-onshape-muted">
          Finish signing in in the window that opened.{" "}
          <Button variant="link" onClick={openWindow}>
            Open it again
          </Button>
        </p>
      ) : null}
      {phase.step === "continue" ? (
        <>
          <p>
            You are signed in. Press Continue to use your Onshape account in this tab; your browser
            may ask whether this app may use its cookies here.
          </p>
          <Button variant="primary" onClick={() => void continueHere(phase.ticket)}>
            Continue
          </Button>
        </>
      ) : null}
      {phase.step === "working" ? <p role="status">Signing you in…</p> : null}
      {phase.step === "popup-blocked" ? (
        <div role="alert" className="flex flex-col items-start gap-2">
          <p>
            Your browser blocked the sign-in window. Allow pop-ups for <strong>{appOrigin}</strong>,
            then try again.
          </p>
          <Button variant="primary" onClick={openWindow}>
            Try again
          </Button>
          <CookieHelp appOrigin={appOrigin} onshapeOrigin={onshapeOrigin} />
        </div>
      ) : null}
    </section>
  );
}
