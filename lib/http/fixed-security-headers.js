// The security headers that do not depend on the environment, in plain JavaScript so that
// next.config.js can serve them: Next adds them in its router to every response, with no proxy
// run. The pages Onshape may frame get their frame-ancestors from proxy.ts instead, built from
// ONSHAPE_API_URL at run time (security-headers.ts).

/** @type {Readonly<Record<string, string>>} */
export const fixedSecurityHeaders = Object.freeze({
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  // Other sites learn at most our origin, never a tab URL with its document ids.
  "Referrer-Policy": "strict-origin-when-cross-origin",
});
