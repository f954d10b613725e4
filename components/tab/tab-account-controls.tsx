"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOutInTab } from "@/lib/actions/tab-sign-out";
import { Button } from "@/components/ui/button";
import { useMemorySession } from "./tab-session-context";

// Sign out, or sign out and sign in as someone else, from inside the Onshape tab. Either way the
// user is signed out of the app everywhere, not only in this tab.

const endedNotes = {
  signOut: "You are signed out of the app, here and everywhere else.",
  switch: "You are signed out. Sign in with the Onshape account you want to use here.",
};

export function TabAccountControls({ tabQuery }: { tabQuery: string }) {
  const memory = useMemorySession();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  const run = (switchAccount: boolean) =>
    startTransition(async () => {
      setFailed(false);
      try {
        const result = await signOutInTab({
          tabQuery,
          frameSession: memory?.token,
          switchAccount,
        });
        // A cookie session is answered with a redirect: to the tab's sign-in, or to Onshape's.
        if (memory) memory.ended(endedNotes[switchAccount ? "switch" : "signOut"]);
        else if (!result.ok && result.reason === "signed-out") router.refresh();
        else if (!result.ok) setFailed(true);
      } catch (error) {
        // Next's redirect travels as a thrown value that must reach its router.
        if (isRedirect(error)) throw error;
        setFailed(true);
      }
    });

  return (
    <div className="flex items-center gap-2 text-xs" data-testid="tab-account">
      <Button variant="link" disabled={pending} onClick={() => run(false)}>
        Sign out
      </Button>
      <Button variant="link" disabled={pending} onClick={() => run(true)}>
        Switch account
      </Button>
      {failed ? <span role="alert">Could not sign out just now. Try again.</span> : null}
    </div>
  );
}

function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}
