import Link from "next/link";
import { SignInButton } from "@/components/auth/sign-in-button";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card, PageShell } from "@/components/layout/page-shell";
import { buttonClass } from "@/components/ui/button";
import { currentViewer } from "@/lib/auth/viewer";

export default async function HomePage() {
  const viewer = await currentViewer();

  return (
    <PageShell>
      <h1 className="text-2xl font-semibold">Onshape app</h1>
      <Card>
        {viewer ? (
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p>
              Signed in as{" "}
              <strong data-testid="onshape-user-name">
                {viewer.name ?? "your Onshape account"}
              </strong>
            </p>
            <div className="flex items-center gap-3">
              <Link href="/documents" className={buttonClass("primary")}>
                Your documents
              </Link>
              <SignOutButton />
            </div>
          </div>
        ) : (
          <div className="flex flex-col items-start gap-4">
            <p className="text-onshape-muted">
              Sign in with your Onshape account to inspect your documents, parts and assemblies. The
              app asks Onshape for read access only.
            </p>
            <SignInButton />
          </div>
        )}
      </Card>
    </PageShell>
  );
}
