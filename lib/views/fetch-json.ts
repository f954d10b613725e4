import type { AppErrorKind } from "@/lib/errors";
import type { ViewError } from "./view-error";

// Client-side fetches of the app's own JSON routes. Failures arrive as `{error, message}`
// (lib/route-handler.ts) and are thrown as a ViewError-carrying Error for SWR.

const kinds: readonly AppErrorKind[] = [
  "signed-out",
  "reconnect",
  "bad-request",
  "forbidden",
  "not-found",
  "rate-limited",
  "quota-exhausted",
  "unavailable",
];

export class FetchError extends Error {
  constructor(readonly view: ViewError) {
    super(view.message);
    this.name = "FetchError";
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } }).catch(() => {
    throw new FetchError({
      kind: "unavailable",
      message: "The app could not be reached. Check your connection and try again.",
    });
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return body as T;
  const { error, message } = (body ?? {}) as { error?: string; message?: string };
  const kind = kinds.find((k) => k === error) ?? "unavailable";
  throw new FetchError({ kind, message: message ?? "Something went wrong. Try again." });
}

export function viewErrorOf(error: unknown): ViewError {
  return error instanceof FetchError
    ? error.view
    : { kind: "unavailable", message: "Something went wrong. Try again." };
}
