import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "@/components/sign-out-button";

/** The standalone pages' header. The Onshape tab has its own chrome and does not use it. */
export async function AppHeader() {
  const user = await currentUser();
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
        {user ? (
          <div className="ml-auto flex items-center gap-3">
            <span data-testid="header-user-name" className="text-onshape-muted">
              {user.name ?? "Signed in"}
            </span>
            <SignOutButton />
          </div>
        ) : null}
      </nav>
    </header>
  );
}
