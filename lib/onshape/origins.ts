// Which origins count as Onshape. A bearer token is only ever sent to one of these, and only
// these may frame the app or talk to its tab. Pure and client-safe.

const onshapeSuffix = ".onshape.com";

/** True for https://cad.onshape.com, https://<company>.onshape.com and the configured API origin. */
export function isAllowedOnshapeOrigin(origin: string, configuredApiUrl: string): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (url.origin !== origin.replace(/\/$/, "")) return false;
  if (url.origin === new URL(configuredApiUrl).origin) return true;
  return url.protocol === "https:" && url.port === "" && url.hostname.endsWith(onshapeSuffix);
}
