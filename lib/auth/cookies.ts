import type { NextAuthConfig } from "next-auth";

// In an Onshape tab the app is a third party inside onshape.com. Auth.js's cookies default to
// SameSite=Lax, which a cross-site iframe never sends, so sign-in inside the tab would lose its
// state and the session would never arrive. SameSite=None requires Secure, and Partitioned
// (CHIPS) keeps the cookies where browsers block unpartitioned third-party cookies: the app then
// has one cookie jar per top-level site (Onshape's, its own). Names keep Auth.js's defaults.

type AuthCookies = NonNullable<NextAuthConfig["cookies"]>;

export const crossSiteCookieOptions = {
  httpOnly: true,
  sameSite: "none",
  secure: true,
  partitioned: true,
  path: "/",
} as const;

const loopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

/** Secure cookies need https; browsers treat plain http on this machine as secure too. */
export function isSecureContextUrl(authUrl: string): boolean {
  const url = new URL(authUrl);
  return url.protocol === "https:" || loopbackHosts.includes(url.hostname);
}

export function authCookieNames(authUrl: string) {
  const https = new URL(authUrl).protocol === "https:";
  const prefix = https ? "__Secure-" : "";
  return {
    sessionToken: `${prefix}authjs.session-token`,
    callbackUrl: `${prefix}authjs.callback-url`,
    csrfToken: `${https ? "__Host-" : ""}authjs.csrf-token`,
    pkceCodeVerifier: `${prefix}authjs.pkce.code_verifier`,
    state: `${prefix}authjs.state`,
    nonce: `${prefix}authjs.nonce`,
    webauthnChallenge: `${prefix}authjs.challenge`,
  };
}

/**
 * Auth.js's cookies, readable inside the Onshape tab. On plain http to another machine no
 * browser keeps a Secure cookie, so there the app stays with Auth.js's defaults (and cannot run
 * inside Onshape).
 */
export function authCookies(authUrl: string): AuthCookies | undefined {
  if (!isSecureContextUrl(authUrl)) return undefined;
  const names = authCookieNames(authUrl);
  const shortLived = { ...crossSiteCookieOptions, maxAge: 15 * 60 };
  return {
    sessionToken: { name: names.sessionToken, options: crossSiteCookieOptions },
    callbackUrl: { name: names.callbackUrl, options: crossSiteCookieOptions },
    csrfToken: { name: names.csrfToken, options: crossSiteCookieOptions },
    pkceCodeVerifier: { name: names.pkceCodeVerifier, options: shortLived },
    state: { name: names.state, options: shortLived },
    nonce: { name: names.nonce, options: crossSiteCookieOptions },
    webauthnChallenge: { name: names.webauthnChallenge, options: shortLived },
  };
}
