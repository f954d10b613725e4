"use client";

import { useEffect, useState } from "react";
import { CookieHelp } from "@/components/tab/cookie-help";
import { Button } from "@/components/ui/button";
import { signInInPanel } from "@/lib/actions/sign-in";
import { keepsCookies } from "@/lib/extension/hand-off";

/**
 * The panel's one screen for a user the app cannot act for yet (never granted, or the grant
 * was revoked): "Grant access" signs in inside the panel's iframe and comes back to the panel.
 */
export function PanelSignIn({
  panelQuery,
  appOrigin,
  onshapeOrigin,
  revoked = false,
}: {
  panelQuery: string;
  appOrigin: string;
  onshapeOrigin: string;
  /** Signed in, but Onshape no longer accepts the app's access (revoked, or new scopes). */
  revoked?: boolean;
}) {
  const [cookies, setCookies] = useState<"checking" | "kept" | "refused">("checking");
  useEffect(() => {
    void keepsCookies().then((kept) => setCookies(kept ? "kept" : "refused"));
  }, []);
  return (
    <section
      aria-labelledby="panel-sign-in"
      data-testid="grant-access"
      data-grant={revoked ? "revoked" : "none"}
      className="flex flex-col items-start gap-2"
    >
      <h1 id="panel-sign-in" className="text-sm font-semibold">
        {revoked ? "Grant access again" : "Grant access to see your selection's mass properties"}
      </h1>
      <p className="text-onshape-muted">
        {revoked
          ? "Onshape no longer accepts this app's access for your account: it was revoked, or the app now asks for other permissions."
          : "The app reads the selected parts for you once you grant it access (Onshape asks you once)."}
      </p>
      <form action={signInInPanel}>
        <input type="hidden" name="panel" value={panelQuery} />
        <Button type="submit" variant="primary" disabled={cookies === "refused"}>
          Grant access
        </Button>
      </form>
      {cookies === "refused" ? (
        <div role="alert" className="text-xs">
          <CookieHelp appOrigin={appOrigin} onshapeOrigin={onshapeOrigin} />
        </div>
      ) : null}
    </section>
  );
}
