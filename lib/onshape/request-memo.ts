import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import type { DocumentRef, ElementRef } from "./types";

// The same Onshape read runs once per render, however many panels ask for it. React's `cache`
// compares arguments by identity, so reference objects would never hit: the memo is keyed by
// the operation and the reference's ids instead. Route handlers have no render: the route
// wrapper gives each request its own memo (withRequestMemo). Outside both, each call gets a
// fresh map, so nothing is shared between requests.

const memoOfThisRender = cache(() => new Map<string, Promise<unknown>>());
const memoOfThisRequest = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

export function oncePerRender<T>(key: string, load: () => Promise<T>): Promise<T> {
  const memo = memoOfThisRequest.getStore() ?? memoOfThisRender();
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const started = load();
  memo.set(key, started);
  return started;
}

/** Runs a route handler with a memo of its own, as a render has. */
export function withRequestMemo<T>(handle: () => Promise<T>): Promise<T> {
  return memoOfThisRequest.run(new Map(), handle);
}

/** The ids (and configuration) that name what a reference points at, as one memo-key part. */
export function refKey(ref: DocumentRef | ElementRef): string {
  const element = "elementId" in ref ? ` ${ref.elementId} ${ref.configuration ?? ""}` : "";
  return `${ref.documentId} ${ref.wvm} ${ref.wvmId}${element}`;
}
