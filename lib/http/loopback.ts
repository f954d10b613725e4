// Hosts of this machine: plain http to them is acceptable (the local Onshape, `next dev`), and
// browsers treat them as secure contexts.
export const loopbackHosts: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

export function isLoopbackUrl(url: URL): boolean {
  return loopbackHosts.includes(url.hostname);
}
