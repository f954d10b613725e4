"use server";

import { headers } from "next/headers";
import { signIn } from "@/auth";
import { editScopes } from "@/lib/auth/edit-permission";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/navigation/return-path";

/**
 * Asks Onshape for the write scope on top of the read ones, then comes back to the same page.
 * Onshape shows its grant page again, naming the new scope.
 */
export async function allowEditing(formData: FormData): Promise<void> {
  assertSameOrigin({ headers: await headers() });
  await signIn(
    "onshape",
    { redirectTo: safeReturnPath(formData.get("returnTo")) },
    { scope: editScopes().join(" ") },
  );
}
