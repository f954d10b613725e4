import type { Metadata } from "next";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { ApiBudget } from "@/components/account/api-budget";
import { currentViewer } from "@/lib/auth/viewer";
import { requestLocale } from "@/lib/format/request-locale";
import { currentAccountUsage } from "@/lib/onshape/usage/app-call-counter";

// The user's account page: who is signed in, and the API budget (Onshape limits each user's
// calls per year). Reading the counts costs no Onshape call.

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const viewer = await currentViewer();
  if (!viewer) return <SignInPrompt what="your account" />;
  const [usage, locale] = await Promise.all([currentAccountUsage(viewer.id), requestLocale()]);
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="text-onshape-muted">
          Signed in with Onshape as{" "}
          <strong className="text-onshape-ink">{viewer.name ?? "your Onshape account"}</strong>
        </p>
      </header>
      <ApiBudget usage={usage} locale={locale} />
    </>
  );
}
