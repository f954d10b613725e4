"use server";

import { signIn } from "@/auth";
import { safeReturnPath } from "./return-path";

/** Sign in (again) with Onshape, then come back to the page the form was on. */
export async function signInAndReturn(formData: FormData): Promise<void> {
  await signIn("onshape", { redirectTo: safeReturnPath(formData.get("returnTo")) });
}
