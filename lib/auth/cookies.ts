import type { NextAuthConfig } from "next-auth";
import { isLoopbackUrl } from "@/lib/http/loopback";

// In an Onshape tab the app is a third party inside onshape.com. Auth.js's cookies default to
// SameSite=Lax, which a cross-site iframe never sends, so sign-in inside the tab would lose its
// state and the session would never arrive. SameSite=None requires Secure, and Partitioned
// (CHIPS) keeps the cookies where browsers block unpartitioned third-party cookies: the app then
// has one cookie jar per top-level site (Onshape's, its own). This object is the one source of
// the cookies' names and attributes, for Auth.js and for the sessions the tab hand-off opens.

type AuthCookies = Required<NonNullable<NextAuthConfig["cookies"]>>;

export const crossSiteCookieOptions = {
  httpOnly: true,
  sameSite: "none",
  secure: true,
  partitioned: true,
  path: "/",
} as const;

/** Secure cookies need https; browsers treat plain http on this machine as secure too. */
function isSecureContextUrl(authUrl: string): boolean {
  const url = new URL(authUrl);
  return url.protocol === "https:" || isLoopbackUrl(url);
}

/**
 * Auth.js's cookies, readable inside the Onshape tab. On plain http to another machine no
 * browser keeps a Secure cookie, so there they are first-party only (and the app cannot run
 * inside Onshape).
 */
export function authCookies(authUrl: string) {
  const https = new URL(authUrl).protocol === "https:";
  const prefix = https ? "__Secure-" : "";
  const options = isSecureContextUrl(authUrl)
    ? crossSiteCookieOptions
    : ({ httpOnly: true, sameSite: "lax", secure: false, path: "/" } as const);
  const shortLived = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: `${prefix}authjs.session-token`, options },
    callbackUrl: { name: `${prefix}authjs.callback-url`, options },
    csrfToken: { name: `${https ? "__Host-" : ""}authjs.csrf-token`, options },
    pkceCodeVerifier: { name: `${prefix}authjs.pkce.code_verifier`, options: shortLived },
    state: { name: `${prefix}authjs.state`, options: shortLived },
    nonce: { name: `${prefix}authjs.nonce`, options },
    webauthnChallenge: { name: `${prefix}authjs.challenge`, options: shortLived },
  } satisfies AuthCookies;
}
