import NextAuth from "next-auth";
import { createAuthConfig, errorPagePath } from "@/lib/auth/config";
import { withSignInFailures } from "@/lib/auth/sign-in-failure";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

// Configured per request (lazily) so that `next build` needs no secrets or database.
const nextAuth = NextAuth(async () => createAuthConfig(getEnv(), await getDb()));

export const { auth, signIn, signOut } = nextAuth;

/** Auth.js's route handlers, with the real reason for a failed sign-in on the error page. */
export const GET = withSignInFailures(nextAuth.handlers.GET, errorPagePath);
export const POST = withSignInFailures(nextAuth.handlers.POST, errorPagePath);
