import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { Card, PageShell } from "@/components/layout/page-shell";
import { failureMessages } from "@/lib/auth/failure-messages";
import { isSignInFailure } from "@/lib/auth/sign-in-failure";

export const metadata: Metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<{ reason?: string | string[]; error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const { reason, error } = await searchParams;
  // Auth.js also sends plain visits of /api/auth/signin here: there is nothing to report.
  if (!reason && !error) redirect("/");
  const failure = isSignInFailure(reason) ? reason : "unknown";
  const message = failureMessages[failure];

  return (
    <PageShell>
      <Card>
        <div role="alert" data-reason={failure} className="flex flex-col gap-3">
          <h1 className="text-xl font-semibold">{message.title}</h1>
          <p className="text-onshape-muted">{message.body}</p>
        </div>
        <div className="mt-6 flex items-center gap-4">
          <SignInButton />
          <Link href="/" className="text-onshape underline-offset-2 hover:underline">
            Back to the start page
          </Link>
        </div>
      </Card>
    </PageShell>
  );
}
