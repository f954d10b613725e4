"use client";

import { useEffect, useState } from "react";
import { CookieHelp } from "@/components/tab/cookie-help";
import { Button } from "@/components/ui/button";
import { signInInPanel } from "@/lib/actions/sign-in";
import { keepsCookies } from "@/lib/extension/hand-off";

/** Signs in inside the panel's iframe and comes back to the same panel. */
export function PanelSignIn({
  panelQuery,
  appOrigin,
  onshapeOrigin,
}: {
  panelQuery: string;
  appOrigin: string;
  onshapeOrigin: string;
}) {
  const [cookies, setCookies] = useState<"checking" | "kept" | "refused">("checking");
  useEffect(() => {
    void keepsCookies().then((kept) => setCookies(kept ? "kept" : "refused"));
  }, []);
  return (
    <section aria-labelledby="panel-sign-in" className="flex flex-col items-start gap-2">
      <h1 id="panel-sign-in" className="text-sm font-semibold">
        Sign in to see mass properties of your selection
      </h1>
      <form action={signInInPanel}>
        <input type="hidden" name="panel" value={panelQuery} />
        <Button type="submit" variant="primary" disabled={cookies === "refused"}>
          Sign in with Onshape
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
