import "server-only";
import { cache } from "react";
import { auth } from "@/auth";

export type CurrentUser = { id: string; name: string | null };

/** The signed-in user for this render (looked up once per request), or null. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? { id, name: session.user?.name ?? null } : null;
});
