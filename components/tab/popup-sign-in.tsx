"use client";

import { useEffect, useState } from "react";
import { signInInPopup } from "@/lib/actions/sign-in";
import { keepsCookies } from "@/lib/extension/hand-off";
import type { PopupParams } from "@/lib/extension/popup-params";
import { Button } from "@/components/ui/button";
import { CookieHelp } from "./cookie-help";

// The popup before sign-in. It is a window of the app's own, so its cookies are first-party;
// if even those are refused, signing in cannot work anywhere, and the window says what to allow.

export function PopupSignIn({ params, appOrigin }: { params: PopupParams; appOrigin: string }) {
  const [cookies, setCookies] = useState<"checking" | "kept" | "refused">("checking");
  useEffect(() => {
    void keepsCookies().then((kept) => setCookies(kept ? "kept" : "refused"));
  }, []);

  if (cookies === "refused") {
    return (
      <div role="alert" className="flex flex-col gap-2">
        <h1 className="text-base font-semibold">Cookies are blocked for this app</h1>
        <CookieHelp appOrigin={appOrigin} />
      </div>
    );
  }
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-base font-semibold">Sign in to use the app in Onshape</h1>
      <p className="text-onshape-muted">
        After signing in, this window closes and the Onshape tab continues.
      </p>
      <form action={signInInPopup}>
        <input type="hidden" name="nonceHash" value={params.nonceHash} />
        <input type="hidden" name="companyId" value={params.companyId} />
        <Button type="submit" variant="primary" disabled={cookies === "checking"}>
          Sign in with Onshape
        </Button>
      </form>
    </div>
  );
}
