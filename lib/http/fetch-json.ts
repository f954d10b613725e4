import { isAppErrorKind, type ViewError } from "@/lib/errors";

// The browser's side of the app's JSON routes: failures arrive as `{error, message}`
// (lib/http/error-response.ts) and are thrown as a ViewError-carrying Error for SWR.

export class FetchError extends Error {
  constructor(readonly view: ViewError) {
    super(view.message);
    this.name = "FetchError";
  }
}

export async function fetchJson<T>(
  url: string,
  options: { method?: "GET" | "POST"; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers = { accept: "application/json", ...options.headers };
  const response = await fetch(url, { method: options.method ?? "GET", headers }).catch(() => {
    throw new FetchError({
      kind: "unavailable",
      message: "The app could not be reached. Check your connection and try again.",
    });
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body !== null) return body as T;
  const { error, message } = (body ?? {}) as { error?: unknown; message?: string };
  throw new FetchError({
    kind: isAppErrorKind(error) ? error : "unavailable",
    message: message ?? "Something went wrong. Try again.",
  });
}

export function viewErrorOf(error: unknown): ViewError {
  return error instanceof FetchError
    ? error.view
    : { kind: "unavailable", message: "Something went wrong. Try again." };
}
