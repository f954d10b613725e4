// The app's error vocabulary. Onshape failures become one of these kinds; pages render each
// in place with its own message, route handlers answer with its status and JSON, and the
// browser reads the same kind back (lib/http/fetch-json.ts). Client-safe.

export const errorStatus = {
  "signed-out": 401,
  reconnect: 401,
  "bad-request": 400,
  forbidden: 403,
  "not-found": 404,
  "rate-limited": 429,
  "quota-exhausted": 402,
  unavailable: 503,
} as const;

export type AppErrorKind = keyof typeof errorStatus;

export function isAppErrorKind(value: unknown): value is AppErrorKind {
  return typeof value === "string" && Object.hasOwn(errorStatus, value);
}

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

  /** What the user reads: never a stack, a URL with a token, or Onshape's raw body. */
  get userMessage(): string {
    const ownMessage = this.message !== defaultMessages[this.kind];
    if (this.kind === "rate-limited" && this.retryAfterSec !== undefined && !ownMessage) {
      return `${defaultMessages["rate-limited"]} Try again in ${this.retryAfterSec} s.`;
    }
    return this.message;
  }
}

export function isAppError(error: unknown): error is AppError {
  // Next bundles pages and route handlers separately, so one process can hold two copies of
  // this class, and the shared transport throws whichever copy created it. So the shape is
  // checked, not only the class.
  if (error instanceof AppError) return true;
  return (
    error instanceof Error &&
    error.name === "AppError" &&
    isAppErrorKind((error as { kind?: unknown }).kind) &&
    "userMessage" in error
  );
}

/** An AppError as plain data, safe to hand to a client component (no stack, no cause). */
export type ViewError = { kind: AppErrorKind; message: string };

export function toViewError(error: AppError): ViewError {
  return { kind: error.kind, message: error.userMessage };
}

export type Attempt<T> = { ok: true; data: T } | { ok: false; error: ViewError };

/** Runs `load`; an AppError becomes a value to show in place, anything else is rethrown. */
export async function attempt<T>(load: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: toViewError(error) };
    throw error;
  }
}

/** A lookup that says the thing does not exist: no data, or Onshape's 404. */
export function isMissing<T>(result: Attempt<T | null>): boolean {
  return result.ok ? result.data === null : result.error.kind === "not-found";
}

/** Kinds that only signing in (again) can fix; retrying would fail the same way. */
export function needsSignIn(kind: AppErrorKind): boolean {
  return kind === "signed-out" || kind === "reconnect";
}
