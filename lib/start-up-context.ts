import { AsyncLocalStorage } from "node:async_hooks";

// Sockets and timers keep the async context they were created in for as long as they live. One
// made during a render (a database connection opened on demand, a kept-alive connection to
// Onshape, a timeout) keeps that request's stores reachable, and through them Next's request
// state links on to later requests: the heap grows by every request served. So whatever may
// open a socket or start a long-lived timer runs in the context captured at start-up instead.

type Snapshot = <R>(fn: () => R) => R;

const globalForStartUp = globalThis as typeof globalThis & { onshapeStartUpContext?: Snapshot };

/** Called once at start-up (instrumentation), outside any request. Later calls change nothing. */
export function rememberStartUpContext(): void {
  globalForStartUp.onshapeStartUpContext ??= AsyncLocalStorage.snapshot();
}

/**
 * Runs `fn` in the start-up context (or as is where start-up never ran: scripts, tests). Only
 * what `fn` starts synchronously moves; the caller's `await` on its result resumes in the
 * caller's own context.
 */
export function inStartUpContext<R>(fn: () => R): R {
  const snapshot = globalForStartUp.onshapeStartUpContext;
  return snapshot ? snapshot(fn) : fn();
}

/** A function that runs `fn` back in the context current now (for callbacks handed over). */
export function inCurrentContext<A extends unknown[], R>(fn: (...args: A) => R) {
  return AsyncLocalStorage.bind(fn);
}
