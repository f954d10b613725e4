import { isAppError, type AppError, type AppErrorKind } from "@/lib/errors";

// What an error panel needs to know about an AppError: plain data, safe to hand to a client
// component (no stack, no cause, nothing from Onshape's response body).

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

/** Kinds that only signing in (again) can fix; retrying would fail the same way. */
export function needsSignIn(kind: AppErrorKind): boolean {
  return kind === "signed-out" || kind === "reconnect";
}
