import { recordSignInFailure } from "@/lib/auth/sign-in-failure";
import { log } from "@/lib/ops/logger";
import { inStartUpContext } from "@/lib/start-up-context";
import { scrubSecrets } from "./scrub";

// The fetch Auth.js uses for Onshape's token and sessioninfo endpoints. It adds a timeout, and
// when Onshape refuses a step it logs which step and Onshape's answer: the line a developer
// needs when the token step fails. Request bodies (which hold the client secret) are never
// logged, and the secret is scrubbed from answers in case Onshape ever echoes it.

const stepTimeoutMs = 15_000;

export type AuthFetchOptions = { tokenUrl: string; clientSecret: string };

export function createOnshapeAuthFetch({ tokenUrl, clientSecret }: AuthFetchOptions) {
  return async function onshapeAuthFetch(
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : input);
    const step = url.href.startsWith(tokenUrl) ? "token" : "sessioninfo";
    const where = `${init?.method ?? "GET"} ${url.origin}${url.pathname}`;
    let response: Response;
    try {
      response = await inStartUpContext(() =>
        fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(stepTimeoutMs) }),
      );
    } catch (error) {
      recordSignInFailure("onshape-unreachable");
      log().error({ step, err: describe(error) }, `${step} step: could not reach ${where}`);
      throw error;
    }
    if (!response.ok) {
      recordSignInFailure(failureFor(step, response.status));
      const answer = scrubSecrets((await response.clone().text()).slice(0, 500), [clientSecret]);
      log().error(
        { step, status: response.status, answer },
        `${step} step failed: ${where} answered ${response.status}`,
      );
    }
    return response;
  };
}

function failureFor(step: "token" | "sessioninfo", status: number) {
  if (status >= 500) return "onshape-error" as const;
  if (step === "sessioninfo") return "profile-failed" as const;
  return status === 401 ? ("token-rejected" as const) : ("code-rejected" as const);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.name} ${error.message}${cause}`;
}
