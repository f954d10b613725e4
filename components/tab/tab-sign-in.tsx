"use client";

import { signInInTab } from "@/app/tab/sign-in-actions";
import { CookieHelp } from "./cookie-help";
import { useTabSignIn } from "./use-tab-sign-in";

// Sign-in inside the Onshape tab: each step of useTabSignIn, in words and buttons.

type Props = { tabQuery: string; companyId: string; appOrigin: string; onshapeOrigin: string };

const button =
  "rounded bg-onshape px-3 py-1.5 font-medium text-white hover:bg-onshape-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape";
const linkButton = "text-onshape underline-offset-2 hover:underline";

export function TabSignIn({ tabQuery, companyId, appOrigin, onshapeOrigin }: Props) {
  const { phase, openWindow, continueHere } = useTabSignIn({ tabQuery, companyId });
  if (phase.step === "memory") return <>{phase.view}</>;

  return (
    <section aria-labelledby="tab-sign-in" className="flex flex-col items-start gap-2 py-2">
      <h1 id="tab-sign-in" className="text-sm font-semibold">
        Sign in to see this document
      </h1>
      {phase.step === "checking" || phase.step === "here" ? (
        <>
          <p className="text-onshape-muted">
            Sign in with your Onshape account. You will come back to this tab.
          </p>
          <form action={signInInTab}>
            <input type="hidden" name="tab" value={tabQuery} />
            <button type="submit" className={button}>
              Sign in with Onshape
            </button>
          </form>
          <button type="button" onClick={openWindow} className={`${linkButton} text-xs`}>
            Sign in in a separate window instead
          </button>
          {phase.step === "here" && phase.note ? <p role="status">{phase.note}</p> : null}
        </>
      ) : null}
      {phase.step === "window" ? (
        <>
          <p className="text-onshape-muted">
            Your browser does not keep this app&apos;s cookies inside Onshape&apos;s page, so
            sign-in happens in a separate window.
          </p>
          <button type="button" onClick={openWindow} className={button}>
            Sign in with Onshape (opens a window)
          </button>
          {phase.note ? <p role="status">{phase.note}</p> : null}
        </>
      ) : null}
      {phase.step === "waiting" ? (
        <p role="status" className="text-onshape-muted">
          Finish signing in in the window that opened.{" "}
          <button type="button" onClick={openWindow} className={linkButton}>
            Open it again
          </button>
        </p>
      ) : null}
      {phase.step === "continue" ? (
        <>
          <p>
            You are signed in. Press Continue to use your Onshape account in this tab; your browser
            may ask whether this app may use its cookies here.
          </p>
          <button type="button" onClick={() => void continueHere(phase.ticket)} className={button}>
            Continue
          </button>
        </>
      ) : null}
      {phase.step === "working" ? <p role="status">Signing you in…</p> : null}
      {phase.step === "popup-blocked" ? (
        <div role="alert" className="flex flex-col items-start gap-2">
          <p>
            Your browser blocked the sign-in window. Allow pop-ups for <strong>{appOrigin}</strong>,
            then try again.
          </p>
          <button type="button" onClick={openWindow} className={button}>
            Try again
          </button>
          <CookieHelp appOrigin={appOrigin} onshapeOrigin={onshapeOrigin} />
        </div>
      ) : null}
    </section>
  );
}
