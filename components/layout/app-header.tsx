import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { currentViewer } from "@/lib/auth/viewer";

/** The standalone pages' header. The Onshape tab has its own chrome and does not use it. */
export async function AppHeader() {
  const viewer = await currentViewer();
  return (
    <header className="border-b border-onshape-line bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
      >
        <Link href="/" className="font-semibold text-onshape-ink hover:text-onshape">
          Onshape app
        </Link>
        <Link href="/documents" className="text-onshape hover:underline">
          Documents
        </Link>
        {viewer ? (
          <div className="ml-auto flex items-center gap-3">
            <Link
              href="/account"
              data-testid="header-user-name"
              title="Your account and API calls"
              className="text-onshape-muted hover:text-onshape hover:underline"
            >
              {viewer.name ?? "Account"}
            </Link>
            <SignOutButton />
          </div>
        ) : null}
      </nav>
    </header>
  );
}
