import type { NextAuthConfig } from "next-auth";
import type { Database } from "@/lib/db/open";
import type { Env } from "@/lib/env";
import { OnshapeProvider } from "@/lib/onshape/auth-provider";
import { addCallCounts, utcDay } from "@/lib/onshape/usage/call-counts";
import { log } from "@/lib/ops/logger";
import { authAdapter } from "./adapter";
import { authCookies } from "./cookies";
import { sessionMaxAgeSec, sessionUpdateAgeSec } from "./sessions";
import { authErrorType, classifyAuthError, recordSignInFailure } from "./sign-in-failure";
import { signOutEverywhere } from "./sign-out";
import { storeFreshTokens } from "./store-fresh-tokens";

export const errorPagePath = "/auth/error";

export function createAuthConfig(env: Env, db: Database): NextAuthConfig {
  return {
    adapter: authAdapter(db),
    providers: [
      OnshapeProvider({
        clientId: env.AUTH_ONSHAPE_ID,
        clientSecret: env.AUTH_ONSHAPE_SECRET,
        oauthUrl: env.ONSHAPE_OAUTH_URL,
        apiUrl: env.ONSHAPE_API_URL,
        scopes: env.ONSHAPE_SCOPES,
      }),
    ],
    secret: env.AUTH_SECRET,
    // AUTH_URL is required at start-up, so the host is never taken from the request.
    trustHost: true,
    session: { strategy: "database", maxAge: sessionMaxAgeSec, updateAge: sessionUpdateAgeSec },
    // SameSite=None; Secure; Partitioned, so that sign-in also works inside an Onshape tab.
    cookies: authCookies(env.AUTH_URL),
    pages: { signIn: errorPagePath, error: errorPagePath },
    callbacks: {
      // What /api/auth/session and auth() return: who the user is, never their tokens.
      session({ session, user }) {
        return {
          expires: session.expires,
          user: { id: user.id, name: user.name, email: user.email, image: user.image },
        } as typeof session;
      },
    },
    events: {
      // Auth.js keeps the tokens from an account's first sign-in forever; a later sign-in
      // brings newer ones (the old refresh token may be dead), so store those.
      async signIn({ account, profile, user }) {
        if (account) await storeFreshTokens(db, account, profile);
        // Auth.js's sessioninfo request (auth-provider.ts) is the one Onshape API call made
        // outside the transport: once per sign-in, counted here for the API budget.
        // Counting never fails a sign-in.
        if (account && user.id) {
          await addCallCounts(db, [{ userId: user.id, day: utcDay(new Date()), calls: 1 }]).catch(
            (error: unknown) =>
              log().error({ err: (error as Error).message }, "could not count the sign-in's call"),
          );
        }
      },
      // Signing out anywhere signs the user out everywhere (lib/auth/sign-out.ts).
      async signOut(message) {
        const userId = "session" in message ? message.session?.userId : undefined;
        if (userId) await signOutEverywhere(db, { userId });
      },
    },
    logger: {
      error(error) {
        recordSignInFailure(classifyAuthError(error));
        const cause = error.cause as { err?: unknown } | undefined;
        const detail = cause?.err instanceof Error ? ` (${cause.err.message})` : "";
        log().error(
          { auth: authErrorType(error), err: `${error.message.split("\n")[0]}${detail}` },
          "sign-in failed",
        );
      },
      warn(code) {
        log().warn({ auth: code }, "auth warning");
      },
      debug() {},
    },
  };
}
