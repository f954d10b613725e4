"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { signInAndReturn } from "@/lib/actions/sign-in";
import { Button } from "@/components/ui/button";

/** Signs in with Onshape and returns to this very page (path and query). */
export function SignInAgainButton({ label = "Sign in with Onshape" }: { label?: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={signInAndReturn}>
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <Button type="submit" variant="primary">
        {label}
      </Button>
    </form>
  );
}
