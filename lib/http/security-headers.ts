// Headers every response carries. Only the pages Onshape shows inside its own (the element tab,
// the right panel, and the sign-in error page a failed sign-in in the tab lands on) may be
// framed, and only by Onshape: its document pages (any https://*.onshape.com) and the configured
// ONSHAPE_API_URL, which is the local Onshape in development. Every other page says
// `frame-ancestors 'none'`, so no site (Onshape included) can frame it to trick a click. The list
// is built from the environment at run time, never at build time. Every other response gets the
// fixed headers from next.config.js; proxy.ts runs only for the framed pages' paths.

import { fixedSecurityHeaders } from "./fixed-security-headers";

const framedPages = [/^\/tab(?:\/(?!popup(?:\/|$)).*)?$/, /^\/panel(?:\/.*)?$/, /^\/auth\/error$/];

/** Whether Onshape may show this path in its page. The sign-in popup is a window, never a frame. */
export function mayBeFramed(pathname: string): boolean {
  return framedPages.some((pattern) => pattern.test(pathname));
}

export function securityHeaders(apiOrigin: string, pathname: string): Record<string, string> {
  if (!mayBeFramed(pathname)) return { ...fixedSecurityHeaders };
  const ancestors = ["'self'", "https://*.onshape.com"];
  if (!apiOrigin.endsWith(".onshape.com") || !apiOrigin.startsWith("https://")) {
    ancestors.push(apiOrigin);
  }
  return {
    ...fixedSecurityHeaders,
    "Content-Security-Policy": `frame-ancestors ${ancestors.join(" ")}`,
  };
}
