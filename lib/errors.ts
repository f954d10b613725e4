// The app's error vocabulary. Onshape failures become one of these kinds; pages render each
// in place with its own message, route handlers answer with its status and JSON.

export type AppErrorKind =
  | "signed-out"
  | "reconnect"
  | "bad-request"
  | "forbidden"
  | "not-found"
  | "rate-limited"
  | "quota-exhausted"
  | "unavailable";

export const errorStatus: Record<AppErrorKind, number> = {
  "signed-out": 401,
  reconnect: 401,
  "bad-request": 400,
  forbidden: 403,
  "not-found": 404,
  "rate-limited": 429,
  "quota-exhausted": 402,
  unavailable: 503,
};

const defaultMessages: Record<AppErrorKind, string> = {
  "signed-out": "Sign in with Onshape to see this.",
  reconnect: "Onshape no longer accepts this app's access for your account. Reconnect to Onshape.",
  "bad-request": "The request was not valid.",
  forbidden: "You do not have access to this in Onshape.",
  "not-found": "Onshape could not find this. It may have been deleted or moved.",
  "rate-limited": "Onshape is limiting requests right now.",
  "quota-exhausted": "This Onshape account has reached its yearly API limit.",
  unavailable: "Onshape did not answer in time or had a problem. Try again.",
};

export class AppError extends Error {
  readonly kind: AppErrorKind;
  /** For rate-limited: seconds after which trying again should work. */
  readonly retryAfterSec?: number;

  constructor(
    kind: AppErrorKind,
    message?: string,
    options?: { retryAfterSec?: number; cause?: unknown },
  ) {
    super(message ?? defaultMessages[kind], { cause: options?.cause });
    this.name = "AppError";
    this.kind = kind;
    this.retryAfterSec = options?.retryAfterSec;
  }

  get retryable(): boolean {
    return this.kind === "rate-limited" || this.kind === "unavailable";
  }

  /** What the user reads: never a stack, a URL with a token, or Onshape's raw body. */
  get userMessage(): string {
    if (this.kind === "rate-limited" && this.retryAfterSec !== undefined) {
      return `${defaultMessages["rate-limited"]} Try again in ${this.retryAfterSec} s.`;
    }
    return this.message;
  }
}

export function isAppError(error: unknown): error is AppError {
  // Next bundles pages and route handlers separately, so one process can hold two copies of
  // this class, and the shared transport (lib/onshape/client.ts) throws whichever copy created
  // it. So the shape is checked, not only the class.
  if (error instanceof AppError) return true;
  return (
    error instanceof Error &&
    error.name === "AppError" &&
    typeof (error as { kind?: unknown }).kind === "string" &&
    "userMessage" in error
  );
}

/** A JSON error response for route handlers. */
export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.retryAfterSec !== undefined) headers["retry-after"] = String(error.retryAfterSec);
  return Response.json(
    { error: error.kind, message: error.userMessage },
    { status: errorStatus[error.kind], headers },
  );
}
