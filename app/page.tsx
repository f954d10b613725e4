import Link from "next/link";
import { auth } from "@/auth";
import { Card, PageShell } from "@/components/page-shell";
import { SignInButton } from "@/components/sign-in-button";
import { SignOutButton } from "@/components/sign-out-button";

export default async function HomePage() {
  const session = await auth();
  const name = session?.user?.name;

  return (
    <PageShell>
      <h1 className="text-2xl font-semibold">Onshape app</h1>
      <Card>
        {session ? (
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p>
              Signed in as{" "}
              <strong data-testid="onshape-user-name">{name ?? "your Onshape account"}</strong>
            </p>
            <div className="flex items-center gap-3">
              <Link
                href="/documents"
                className="rounded-md bg-onshape px-4 py-2 font-medium text-white shadow-sm hover:bg-onshape-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape"
              >
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
