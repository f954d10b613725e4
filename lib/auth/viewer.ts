import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { authCookies } from "./cookies";
import { cookieSessionViewer } from "./sessions";

/** The signed-in person, as pages and route handlers see them: never their tokens. */
export type Viewer = { id: string; name: string | null };

/** The signed-in user for this render (looked up once per request), or null. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  // Cookies first: reading them is what makes a page dynamic, so `next build` never asks for
  // the environment (or a database) here.
  const jar = await cookies();
  const sessionToken = jar.get(authCookies(getEnv().AUTH_URL).sessionToken.name)?.value;
  return sessionToken ? cookieSessionViewer(await getDb(), sessionToken) : null;
});
