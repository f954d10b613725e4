"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { allowEditing } from "@/lib/actions/allow-editing";

/** Re-grants the app with write access in Onshape and returns to this very page. */
export function AllowEditingButton() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={allowEditing}>
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <Button type="submit" variant="primary">
        Allow editing
      </Button>
    </form>
  );
}
