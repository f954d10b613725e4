import { randomUUID } from "node:crypto";

export const requestIdHeader = "x-request-id";

// A proxy's id is kept when it looks like one (so the proxy's log and ours line up); anything
// else (too long, odd characters that could forge log lines) gets a fresh id.
const acceptable = /^[\w.:@-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && acceptable.test(value) ? value : randomUUID();
}

/** The id of the request being served, or undefined outside a request. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get(requestIdHeader) ?? undefined;
  } catch {
    return undefined;
  }
}
