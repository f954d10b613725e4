import { AppError } from "@/lib/errors";
import { isAllowedOnshapeOrigin } from "../origins";
import type { TokenStore } from "../tokens/token-store";
import type { ResponseCache } from "./response-cache";

// The one way the app talks to Onshape's API: bearer token from the token store, a timeout on
// every call, refresh-and-retry once on 401, bounded waits on 429, redirects followed only to
// Onshape (with the token re-attached), and every failure mapped to an AppError.

export type TransportOptions = {
  apiUrl: string;
  tokens: TokenStore;
  /** Serves repeat GETs without calling Onshape (see response-cache.ts). */
  cache?: ResponseCache;
  timeoutMs?: number;
  /** Longest Retry-After the app will sit out before giving the user a rate-limit error. */
  maxRetryWaitSec?: number;
};

export type SendOptions = {
  /**
   * false: neither served from nor stored in the response cache (answers that must be fresh,
   * like the current microversion, and 3D models, which have a store of their own).
   */
  cache?: boolean;
};

const maxRateRetries = 2;
const maxRedirects = 3;

export function createTransport(options: TransportOptions) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxWait = options.maxRetryWaitSec ?? 5;

  return async function send(
    userId: string,
    request: Request,
    sendOptions: SendOptions = {},
  ): Promise<Response> {
    const useCache = request.method === "GET" && sendOptions.cache !== false;
    const cache = useCache ? options.cache : undefined;
    const hit = await cache?.get(userId, request.url);
    if (hit)
      return new Response(hit.body as BodyInit, { headers: { "content-type": hit.contentType } });
    // Read once: a retry after a 401 or a 429 sends the same bytes again.
    let method = request.method;
    let body = ["GET", "HEAD"].includes(method) ? undefined : await request.arrayBuffer();
    let token = await options.tokens.accessToken(userId);
    let url = request.url;
    let refreshed = false;
    let resetRetried = false;
    let rateRetries = 0;
    let redirects = 0;
    for (;;) {
      const headers = new Headers(request.headers);
      headers.set("authorization", `Bearer ${token}`);
      headers.set("accept", headers.get("accept") ?? "application/json");
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // A kept-alive connection the server closed meanwhile fails before any answer: a read
        // may be sent once more. A timeout is not retried (it would double the wait).
        if (!resetRetried && method === "GET" && !isTimeout(error)) {
          resetRetried = true;
          continue;
        }
        throw new AppError("unavailable", undefined, { cause: error });
      }
      if (response.status === 401 && !refreshed) {
        await discard(response);
        refreshed = true;
        token = await options.tokens.afterRejection(userId, token);
        continue;
      }
      if (response.status === 429) {
        const wait = retryAfterSec(response);
        if (rateRetries < maxRateRetries && wait <= maxWait) {
          await discard(response);
          rateRetries++;
          await new Promise((resolve) => setTimeout(resolve, wait * 1000));
          continue;
        }
        throw new AppError("rate-limited", undefined, { retryAfterSec: wait });
      }
      if (response.status >= 300 && response.status < 400) {
        url = redirectTarget(response, url, options.apiUrl);
        await discard(response);
        if (response.status === 303) [method, body] = ["GET", undefined];
        if (++redirects > maxRedirects)
          throw new AppError("unavailable", "Onshape redirected too often.");
        continue;
      }
      if (!response.ok) throw errorFor(response);
      const complete = await readComplete(response);
      // Stored off the critical path: the page need not wait for the write.
      cache?.put(userId, request.url, complete.body, complete.contentType).catch((error) => {
        console.error("[onshape] could not cache a response:", (error as Error).message);
      });
      return new Response(complete.body as BodyInit, {
        status: response.status,
        headers: response.headers,
      });
    }
  };
}

/**
 * The whole body, checked: a connection cut mid-body or JSON that does not parse is an
 * error, so nothing downstream (or in the cache) is built from half an answer.
 */
async function readComplete(
  response: Response,
): Promise<{ body: Uint8Array; contentType: string }> {
  const contentType = response.headers.get("content-type") ?? "application/octet-stream";
  let body: Uint8Array;
  try {
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new AppError("unavailable", "Onshape's answer was cut off. Try again.", { cause: error });
  }
  if (/json/i.test(contentType)) {
    try {
      JSON.parse(new TextDecoder().decode(body));
    } catch (error) {
      throw new AppError("unavailable", "Onshape sent an incomplete answer. Try again.", {
        cause: error,
      });
    }
  }
  return { body, contentType };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** Frees the connection of an answer that is not read (a retry follows). */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

function retryAfterSec(response: Response): number {
  const value = Number(response.headers.get("retry-after"));
  return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : 1;
}

function redirectTarget(response: Response, from: string, apiUrl: string): string {
  const location = response.headers.get("location");
  if (!location || !URL.canParse(location, from)) {
    throw new AppError("unavailable", "Onshape answered with a redirect without a location.");
  }
  const target = new URL(location, from);
  // The token goes along with the redirect, so it may only ever lead to Onshape.
  if (!isAllowedOnshapeOrigin(target.origin, apiUrl)) {
    throw new AppError("unavailable", "Onshape redirected to a host that is not Onshape.");
  }
  return target.toString();
}

function errorFor(response: Response): AppError {
  switch (response.status) {
    case 400:
      return new AppError("bad-request", "Onshape did not accept this request.");
    case 401:
      return new AppError("reconnect");
    case 402:
      return new AppError("quota-exhausted");
    case 403:
      return new AppError("forbidden");
    case 404:
      return new AppError("not-found");
    default:
      return new AppError("unavailable", `Onshape answered ${response.status}. Try again.`);
  }
}
