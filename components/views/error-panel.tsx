import type { ReactNode } from "react";
import { needsSignIn, type ViewError } from "@/lib/views/view-error";
import { RetryButton } from "./retry-button";
import { SignInAgainButton } from "./sign-in-again-button";

// An Onshape problem shown where the data would have been, with the one action that can fix
// it: sign in (again) for an expired or revoked grant, otherwise try again.

const titles: Record<ViewError["kind"], string> = {
  "signed-out": "You are signed out",
  reconnect: "Onshape access has ended",
  "bad-request": "Onshape refused the request",
  forbidden: "No access",
  "not-found": "Not found",
  "rate-limited": "Onshape is busy",
  "quota-exhausted": "API limit reached",
  unavailable: "Onshape did not answer",
};

export function ErrorPanel({
  error,
  retry,
  signIn,
  heading: Heading = "h2",
}: {
  error: ViewError;
  retry?: ReactNode;
  /** Instead of the standard sign-in button, for signed-out and reconnect. */
  signIn?: ReactNode;
  /** h1 where the error takes the place of the page's title. */
  heading?: "h1" | "h2";
}) {
  const action =
    signIn && needsSignIn(error.kind) ? (
      signIn
    ) : error.kind === "reconnect" ? (
      <SignInAgainButton label="Reconnect to Onshape" />
    ) : error.kind === "signed-out" ? (
      <SignInAgainButton />
    ) : (
      (retry ?? <RetryButton />)
    );
  return (
    <div
      role="alert"
      data-error-kind={error.kind}
      className="flex flex-col items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <Heading className="font-semibold">{titles[error.kind]}</Heading>
      <p>{error.message}</p>
      {action}
    </div>
  );
}
