"use client";

import { useCallback, useEffect, useState } from "react";
import { fetchJson, viewErrorOf } from "@/lib/http/fetch-json";
import { apiLinks, type ModelQuery } from "@/lib/navigation/links";
import type { ViewError } from "@/lib/errors";
import type { ElementRef, ModelStatus } from "@/lib/onshape/types";

// Fetches an element's model through the app: start (or join) it, ask for progress every
// second while Onshape works (the server decides when Onshape itself is polled, with backoff),
// then download the glb with a byte count. Leaving the page stops only the asking: the
// translation goes on, and coming back finds it further along or done.

export type ModelPhase =
  | { phase: "starting" }
  | { phase: "queued" }
  | { phase: "exporting"; sinceMs: number }
  | { phase: "downloading"; received: number; total: number | null }
  | { phase: "ready"; glb: ArrayBuffer }
  | { phase: "failed"; reason: string }
  | { phase: "error"; error: ViewError };

const pollEveryMs = 1_000;

const postJson = <T>(url: string) => fetchJson<T>(url, { method: "POST" });

async function download(
  url: string,
  onProgress: (received: number, total: number | null) => void,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `The model could not be downloaded (${response.status}).`);
  }
  const total = Number(response.headers.get("x-model-bytes")) || null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, total);
  }
  const glb = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    glb.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return glb.buffer;
}

export function useModelFile(
  ref: ElementRef,
  query: ModelQuery,
  { enabled, shown }: { enabled: boolean; shown: string | null },
) {
  const [phase, setPhase] = useState<ModelPhase>({ phase: "starting" });
  const [attempt, setAttempt] = useState({ count: 0, retry: false });
  const { documentId, wvm, wvmId, elementId } = ref;
  const { kind, configuration } = query;

  useEffect(() => {
    if (!enabled) return;
    const element = { documentId, wvm, wvmId, elementId };
    const which = { kind, configuration };
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startedAt = Date.now();
    const show = (next: ModelPhase) => {
      if (!abort.signal.aborted) setPhase(next);
    };
    const follow = async (status: ModelStatus): Promise<void> => {
      if (abort.signal.aborted) return;
      switch (status.state) {
        case "ready": {
          show({ phase: "downloading", received: 0, total: status.bytes });
          const url = apiLinks.modelFile(element, { ...which, snapshot: status.snapshot });
          const glb = await download(
            url,
            (received, total) => show({ phase: "downloading", received, total }),
            abort.signal,
          );
          return show({ phase: "ready", glb });
        }
        case "failed":
          return show({ phase: "failed", reason: status.reason });
        case "none":
          // A Part Studio export this server forgot (or a job someone cleared): start again.
          return follow(await postJson<ModelStatus>(apiLinks.model(element, which)));
        default:
          show(
            status.state === "queued"
              ? { phase: "queued" }
              : { phase: "exporting", sinceMs: startedAt },
          );
          await new Promise<void>((resolve) => {
            timer = setTimeout(resolve, pollEveryMs);
          });
          if (abort.signal.aborted) return;
          return follow(
            await fetchJson<ModelStatus>(
              apiLinks.model(element, { ...which, snapshot: status.snapshot }),
            ),
          );
      }
    };
    const start = { ...which, snapshot: shown ?? undefined, retry: attempt.retry };
    postJson<ModelStatus>(apiLinks.model(element, start))
      .then(follow)
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        show({
          phase: "error",
          error:
            error instanceof Error && error.name !== "FetchError"
              ? { kind: "unavailable", message: error.message }
              : viewErrorOf(error),
        });
      });
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [enabled, documentId, wvm, wvmId, elementId, kind, configuration, shown, attempt]);

  const retry = useCallback(() => {
    setPhase({ phase: "starting" });
    setAttempt((current) => ({ count: current.count + 1, retry: true }));
  }, []);
  return { phase, retry };
}
