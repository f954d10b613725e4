// Headers every response carries. Only Onshape may frame the app: its document pages (any
// https://*.onshape.com) and the configured ONSHAPE_API_URL, which is the local Onshape in
// development. The list is built from the environment at run time, never at build time.

export function securityHeaders(apiOrigin: string): Record<string, string> {
  const ancestors = ["'self'", "https://*.onshape.com"];
  if (!apiOrigin.endsWith(".onshape.com") || !apiOrigin.startsWith("https://")) {
    ancestors.push(apiOrigin);
  }
  return {
    "Content-Security-Policy": `frame-ancestors ${ancestors.join(" ")}`,
    "X-Content-Type-Options": "nosniff",
    // Other sites learn at most our origin, never a tab URL with its document ids.
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}
