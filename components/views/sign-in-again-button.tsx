"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { signInAndReturn } from "@/lib/views/sign-in-action";

/** Signs in with Onshape and returns to this very page (path and query). */
export function SignInAgainButton({ label = "Sign in with Onshape" }: { label?: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={signInAndReturn}>
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <button
        type="submit"
        className="rounded-md bg-onshape px-4 py-2 font-medium text-white shadow-sm hover:bg-onshape-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-onshape"
      >
        {label}
      </button>
    </form>
  );
}
