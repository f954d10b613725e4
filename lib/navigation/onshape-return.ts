import { isAllowedOnshapeOrigin } from "@/lib/onshape/origins";

// Where the app's OAuth URL (/signin) may send a user back to after a grant: Onshape passes
// `redirectOnshapeUri` (My account → Applications, an App Store subscribe). Only a URL on an
// Onshape origin is followed (https://*.onshape.com, or the configured Onshape), rebuilt
// without credentials; anything else is refused, so /signin is no open redirect.

export function onshapeReturnUrl(value: unknown, apiOrigin: string): string | null {
  if (typeof value !== "string" || value.length > 2048 || !URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.username || url.password) return null;
  if (!isAllowedOnshapeOrigin(url.origin, apiOrigin)) return null;
  return `${url.origin}${url.pathname}${url.search}${url.hash}`;
}
