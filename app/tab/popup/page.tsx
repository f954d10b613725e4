import type { Metadata } from "next";
import { PopupHandOff } from "@/components/tab/popup-hand-off";
import { PopupSignIn } from "@/components/tab/popup-sign-in";
import { currentViewer } from "@/lib/auth/viewer";
import { getEnv } from "@/lib/env";
import { parsePopupParams } from "@/lib/extension/popup-params";
import { toSearchParams } from "@/lib/extension/tab-context";

// The sign-in window an Onshape tab opens when the browser keeps no cookies for the app inside
// Onshape's page. It runs first-party: sign in here, then hand the tab a ticket.

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TabPopupPage({ searchParams }: Props) {
  const params = parsePopupParams(toSearchParams(await searchParams));
  const viewer = params ? await currentViewer() : null;
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-4 bg-white p-6 text-[13px]">
      {!params ? (
        <div role="alert" className="flex flex-col gap-2">
          <h1 className="text-base font-semibold">This window cannot sign you in</h1>
          <p>
            It opens from an Onshape tab of this app, which tells it where to hand the sign-in.
            Close it and press Grant access in the tab again.
          </p>
        </div>
      ) : viewer ? (
        <PopupHandOff nonceHash={params.nonceHash} name={viewer.name} />
      ) : (
        <PopupSignIn params={params} appOrigin={new URL(getEnv().AUTH_URL).origin} />
      )}
    </div>
  );
}
