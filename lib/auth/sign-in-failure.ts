import { AsyncLocalStorage } from "node:async_hooks";

// Auth.js reports most sign-in failures as `error=Configuration`, which cannot tell a user who
// pressed Deny from a wrong client secret. The provider's fetch and the logger record what
// actually failed for the request being handled; the route wrapper then puts that reason on
// the error page's URL.

export const signInFailures = [
  "denied",
  "provider-error",
  "token-rejected",
  "code-rejected",
  "onshape-unreachable",
  "onshape-error",
  "state-mismatch",
  "profile-failed",
  "unknown",
] as const;

export type SignInFailure = (typeof signInFailures)[number];

type FailureSlot = { reason?: SignInFailure };

const currentRequest = new AsyncLocalStorage<FailureSlot>();

/** Keeps the first failure seen while handling the current request: later ones are fallout. */
export function recordSignInFailure(reason: SignInFailure): void {
  const slot = currentRequest.getStore();
  if (slot && !slot.reason) slot.reason = reason;
}

export function isSignInFailure(value: unknown): value is SignInFailure {
  return signInFailures.includes(value as SignInFailure);
}

/** Auth.js's error type: class names are minified in production builds, `type` is not. */
export function authErrorType(error: Error): string {
  const type = (error as Error & { type?: unknown }).type;
  return typeof type === "string" ? type : error.name;
}

/** The reason for an error only Auth.js sees (its state and PKCE checks). */
export function classifyAuthError(error: Error): SignInFailure {
  const text = `${error.message} ${describeCause(error.cause)}`;
  if (authErrorType(error) === "InvalidCheck" || /\bstate\b|pkce|code_verifier/i.test(text)) {
    return "state-mismatch";
  }
  return "unknown";
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name} ${cause.message}`;
  if (cause && typeof cause === "object" && "err" in cause) return describeCause(cause.err);
  return "";
}

type Handler<R extends Request> = (request: R) => Promise<Response>;

/** Wraps Auth.js's route handlers so that its error redirects carry the real reason. */
export function withSignInFailures<R extends Request>(
  handler: Handler<R>,
  errorPagePath: string,
): Handler<R> {
  return async (request) => {
    const slot: FailureSlot = {};
    const providerError = new URL(request.url).searchParams.get("error");
    if (providerError)
      slot.reason = providerError === "access_denied" ? "denied" : "provider-error";
    const response = await currentRequest.run(slot, () => handler(request));
    const location = response.headers.get("location");
    if (!location) return response;
    const target = new URL(location, request.url);
    if (target.pathname !== errorPagePath || target.searchParams.has("reason")) return response;
    target.searchParams.set("reason", slot.reason ?? "unknown");
    const headers = new Headers(response.headers);
    headers.set("location", target.toString());
    return new Response(response.body, { status: response.status, headers });
  };
}
