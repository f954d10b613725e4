import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { createAuthConfig, errorPagePath } from "@/lib/auth/config";
import { authCookies } from "@/lib/auth/cookies";
import { withSessionRotation } from "@/lib/auth/session-rotation";
import { withSignInFailures } from "@/lib/auth/sign-in-failure";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

// Configured per request (lazily) so that `next build` needs no secrets or database.
const nextAuth = NextAuth(async () => createAuthConfig(getEnv(), await getDb()));

export const { auth, signIn, signOut } = nextAuth;

/**
 * Auth.js's route handlers: every sign-in gets a session of its own (never linked to the one
 * the browser had), and a failed sign-in's error page names the real reason.
 */
const withAppRules = (handler: (request: NextRequest) => Promise<Response>) =>
  withSignInFailures(
    withSessionRotation((request) => handler(new NextRequest(request)), {
      sessionCookie: () => authCookies(getEnv().AUTH_URL).sessionToken.name,
      getDb,
    }),
    errorPagePath,
  );
export const GET = withAppRules(nextAuth.handlers.GET);
export const POST = withAppRules(nextAuth.handlers.POST);
