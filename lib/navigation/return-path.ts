// Where to send the user after signing in: only a path on this app. "//evil.example" and
// "/\evil.example" are protocol-relative URLs to another site in browsers, so they are refused.

export function safeReturnPath(value: unknown, fallback = "/documents"): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
