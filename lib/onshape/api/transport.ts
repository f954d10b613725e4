import { AppError } from "@/lib/errors";
import { log } from "@/lib/ops/logger";
import { inStartUpContext } from "@/lib/start-up-context";
import { isAllowedOnshapeOrigin } from "../origins";
import type { TokenStore } from "../tokens/token-store";
import type { DocumentRef } from "../types";
import { cachePolicy, type CachePolicy, type WorkspaceKey } from "./cache-policy";
import { createMicroversions } from "./microversions";
import { operationOf } from "./operation-name";
import type { CachedResponse, ResponseCache } from "./response-cache";

// The one way the app talks to Onshape's API: bearer token from the token store, a timeout on
// every call, refresh-and-retry once on 401, bounded waits on 429, redirects followed only to
// Onshape (with the token re-attached), and every failure mapped to an AppError. Repeat reads
// come from the response cache (cache-policy.ts says for how long); workspace reads are kept
// under the workspace's microversion, learned alongside them; concurrent identical reads by an
// account share one call.

export type TransportOptions = {
  apiUrl: string;
  tokens: TokenStore;
  /** Serves repeat GETs without calling Onshape (see response-cache.ts). */
  cache?: ResponseCache;
  timeoutMs?: number;
  /** Longest Retry-After the app will sit out before giving the user a rate-limit error. */
  maxRetryWaitSec?: number;
  /** Told of every call to Onshape, 429 and cache lookup (logs, metrics, the API budget). */
  observe?: (event: TransportEvent) => void;
};

export type TransportEvent =
  | {
      kind: "call";
      userId: string;
      operation: string;
      method: string;
      /** 0: no answer (timeout, connection refused or cut). */
      status: number;
      durationMs: number;
      /** Onshape's X-Rate-Limit-Remaining, when it sent one. */
      rateLimitRemaining?: number;
    }
  | { kind: "rate-limited"; userId: string; operation: string; waitSec: number; retried: boolean }
  | { kind: "cache"; operation: string; immutable: boolean; hit: boolean };

export type SendOptions = {
  /**
   * false: neither served from nor stored in the response cache (answers that must be fresh,
   * like the current microversion, and 3D models, which have a store of their own).
   */
  cache?: boolean;
  /**
   * The document snapshot the call is made for, so that the document's own info
   * (`/documents/{did}`) is cached with that snapshot's data (cache-policy.ts).
   */
  view?: DocumentRef;
};

export type Transport = ReturnType<typeof createTransport>;

/** A complete answer from Onshape, and when its request left (Date.now()). */
type Answer = { status: number; headers: Headers; body: Uint8Array; sentAt: number };

const maxRateRetries = 2;
const maxRedirects = 3;

export function createTransport(options: TransportOptions) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxWait = options.maxRetryWaitSec ?? 5;
  const observe = options.observe ?? (() => {});
  const inFlight = new Map<string, Promise<Answer>>();
  const microversions = createMicroversions(async (userId, workspace) => {
    const { documentId, workspaceId } = workspace;
    const url = `${options.apiUrl}/api/v16/documents/d/${documentId}/w/${workspaceId}/currentmicroversion`;
    const answer = await call(userId, new Request(url), await options.tokens.accessToken(userId));
    const parsed = JSON.parse(new TextDecoder().decode(answer.body)) as { microversion?: unknown };
    if (typeof parsed.microversion !== "string")
      throw new AppError("unavailable", "Onshape answered without the workspace's microversion.");
    return parsed.microversion;
  });

  /** Concurrent GETs of the same URL by the same account become one call. */
  function callMerged(userId: string, request: Request, token: string): Promise<Answer> {
    const key = `${userId} ${request.headers.get("accept") ?? ""} ${request.url}`;
    const running = inFlight.get(key);
    if (running) return running;
    const started = call(userId, request, token).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  async function workspaceRead(
    userId: string,
    request: Request,
    token: string,
    policy: Extract<CachePolicy, { kind: "workspace" }>,
    cache: ResponseCache,
  ): Promise<Response> {
    const before = microversions.lastSeen(policy.workspace);
    const now = microversions.current(userId, policy.workspace);
    // A failed lookup only means nothing is served from or stored in the cache.
    const settled = now.catch(() => undefined);
    const candidate = before && (await cache.get(userId, policy.keyAt(before.microversionId)));
    const hit = !!candidate && (await settled)?.microversionId === before?.microversionId;
    observe({ kind: "cache", operation: operationOf(request), immutable: false, hit });
    if (candidate && hit) return cachedResponse(candidate);
    // No candidate: the data call goes alongside the lookup (no extra round trip); after an
    // edit it goes once the lookup has answered.
    const answer = await callMerged(userId, request, token);
    // The lookup ran alongside: waiting for it costs no round trip, and the next view then
    // knows the microversion this one saw.
    const sighting = await settled;
    // Stored under a microversion only when the workspace was seen at it before the call
    // left: the answer was then read at that microversion (or later, never earlier).
    const seenBefore = [sighting, before].some(
      (seen) =>
        seen !== undefined &&
        seen.microversionId === sighting?.microversionId &&
        seen.seenAt <= answer.sentAt,
    );
    if (sighting && seenBefore) {
      store(cache, { userId, key: policy.keyAt(sighting.microversionId), answer, immutable: true });
    }
    return answerResponse(answer);
  }

  async function send(
    userId: string,
    request: Request,
    sendOptions: SendOptions = {},
  ): Promise<Response> {
    // A read that must see Onshape's current state (the check before a write) says no-cache.
    const fresh = /no-cache/i.test(request.headers.get("cache-control") ?? "");
    const policy: CachePolicy =
      options.cache && sendOptions.cache !== false && !fresh
        ? cachePolicy(request.method, request.url, sendOptions.view)
        : { kind: "none" };
    // The token first, even for a cache hit: cached answers are served only to an account that
    // still holds a live grant (not marked for reconnect, token unexpired or just refreshed).
    const token = await options.tokens.accessToken(userId);
    const cache = options.cache;
    if (!cache || policy.kind === "none") {
      const answer = await (request.method === "GET"
        ? callMerged(userId, request, token)
        : call(userId, request, token));
      return answerResponse(answer);
    }
    if (policy.kind === "workspace") return workspaceRead(userId, request, token, policy, cache);
    const key = policy.kind === "immutable" ? policy.key : request.url;
    const hit = await cache.get(userId, key);
    observe({
      kind: "cache",
      operation: operationOf(request),
      immutable: policy.kind === "immutable",
      hit: !!hit,
    });
    if (hit) return cachedResponse(hit);
    const answer = await callMerged(userId, request, token);
    store(cache, { userId, key, answer, immutable: policy.kind === "immutable" });
    return answerResponse(answer);
  }

  // What the workspace reads of this render keyed their cache by: asking again costs no call.
  const workspaceMicroversion = async (userId: string, workspace: WorkspaceKey) =>
    (await microversions.current(userId, workspace)).microversionId;

  return Object.assign(send, { workspaceMicroversion });

  async function call(userId: string, request: Request, firstToken: string): Promise<Answer> {
    // Read once: a retry after a 401 or a 429 sends the same bytes again.
    let method = request.method;
    let body = ["GET", "HEAD"].includes(method) ? undefined : await request.arrayBuffer();
    let token = firstToken;
    let url = request.url;
    let refreshed = false;
    let resetRetried = false;
    let rateRetries = 0;
    let redirects = 0;
    const sentAt = Date.now();
    const operation = operationOf(request);
    for (;;) {
      const headers = new Headers(request.headers);
      headers.set("authorization", `Bearer ${token}`);
      headers.set("accept", headers.get("accept") ?? "application/json");
      let response: Response;
      const started = performance.now();
      const attempt = { kind: "call", userId, operation, method } as const;
      try {
        // Kept-alive connections and the timeout's timer outlive this request: see start-up-context.
        response = await inStartUpContext(() =>
          fetch(url, {
            method,
            headers,
            body,
            redirect: "manual",
            signal: AbortSignal.timeout(timeoutMs),
          }),
        );
        observe({
          ...attempt,
          status: response.status,
          durationMs: performance.now() - started,
          rateLimitRemaining: rateLimitRemaining(response),
        });
      } catch (error) {
        observe({ ...attempt, status: 0, durationMs: performance.now() - started });
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
        const retried = rateRetries < maxRateRetries && wait <= maxWait;
        observe({ kind: "rate-limited", userId, operation, waitSec: retried ? wait : 0, retried });
        if (retried) {
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
      return { status: response.status, headers: response.headers, body: complete.body, sentAt };
    }
  }
}

/** Stored off the critical path: the page need not wait for the write. */
function store(
  cache: ResponseCache,
  entry: { userId: string; key: string; answer: Answer; immutable: boolean },
) {
  const { userId, key, answer, immutable } = entry;
  const contentType = answer.headers.get("content-type") ?? "application/octet-stream";
  cache
    .put({ userId, key, body: answer.body, contentType, immutable, startedAt: answer.sentAt })
    .catch((error: unknown) => {
      log().error({ err: (error as Error).message }, "could not cache a response");
    });
}

function answerResponse(answer: Answer): Response {
  return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}

function cachedResponse(hit: CachedResponse): Response {
  return new Response(hit.body as BodyInit, { headers: { "content-type": hit.contentType } });
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

function rateLimitRemaining(response: Response): number | undefined {
  const value = response.headers.get("x-rate-limit-remaining");
  const count = value === null || value.trim() === "" ? NaN : Number(value);
  return Number.isInteger(count) && count >= 0 ? count : undefined;
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
