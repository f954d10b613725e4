import "server-only";
import { cache } from "react";
import { auth } from "@/auth";

/** The signed-in person, as pages and route handlers see them: never their tokens. */
export type Viewer = { id: string; name: string | null };

/** The signed-in user for this render (looked up once per request), or null. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? { id, name: session.user?.name ?? null } : null;
});
