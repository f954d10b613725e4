import type { ReactNode } from "react";
import { SignInAgainButton } from "@/components/auth/sign-in-again-button";
import { SignInInTabForm } from "@/components/auth/sign-in-in-tab-form";
import { needsSignIn, type ViewError } from "@/lib/errors";
import { pageSurface, type Surface } from "@/lib/navigation/surface";
import { signInInPanel } from "@/lib/actions/sign-in";
import { Button } from "./button";
import { RetryButton } from "./retry-button";

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
  surface = pageSurface,
  heading: Heading = "h2",
}: {
  error: ViewError;
  retry?: ReactNode;
  surface?: Surface;
  /** h1 where the error takes the place of the page's title. */
  heading?: "h1" | "h2";
}) {
  return (
    <div
      role="alert"
      data-error-kind={error.kind}
      className="flex flex-col items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <Heading className="font-semibold">{titles[error.kind]}</Heading>
      <p>{error.message}</p>
      {needsSignIn(error.kind) ? (
        <SignInAction surface={surface} reconnect={error.kind === "reconnect"} />
      ) : (
        (retry ?? <RetryButton />)
      )}
    </div>
  );
}

function SignInAction({ surface, reconnect }: { surface: Surface; reconnect: boolean }) {
  const label = reconnect ? "Reconnect to Onshape" : "Sign in with Onshape";
  if (surface.kind === "page") return <SignInAgainButton label={label} />;
  if (surface.kind === "panel") {
    return (
      <form action={signInInPanel}>
        <input type="hidden" name="panel" value={surface.panelQuery} />
        <Button type="submit" variant="primary">
          {label}
        </Button>
      </form>
    );
  }
  // A session held in the tab's memory came through the popup; a reload starts that again.
  if (surface.memoryOnly) return <p>Reload this tab to sign in again.</p>;
  return <SignInInTabForm tabQuery={surface.tabQuery} label={label} />;
}
