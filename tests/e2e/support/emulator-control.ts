import type { Fault } from "../../../emulator/state";
import { emulatorUrl } from "./ports";

// Drives the local Onshape's test knobs (/__emulator/*).

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulatorUrl}/__emulator${path}`, {
    method: body === undefined ? "GET" : "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator control ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export const emulator = {
  reset: () => control("/reset", {}),
  resetCounters: () => control("/counters/reset", {}),
  setFaults: (faults: Fault[]) => control("/faults", { faults }),
  configure: (config: Record<string, number | string>) => control("/config", config),
  counters: () =>
    control<{ calls: Record<string, number>; grants: Record<string, number> }>("/counters"),
  tokens: (userId: string) =>
    control<{ accessTokens: string[]; refreshTokens: string[] }>(`/tokens?userId=${userId}`),
  revoke: (userId: string) => control("/revoke", { userId }),
  /** A Part Studio's parts as the emulator holds them right now. */
  parts: (ref: { documentId: string; wvm: string; wvmId: string; elementId: string }) =>
    control<{ microversionId: string; parts: SeedPartState[] }>(
      `/parts?${new URLSearchParams(ref).toString()}`,
    ),
  /** Someone else's edit in Onshape (another user, another tab). */
  editPart: (change: Record<string, string>) =>
    control<{ microversionId: string }>("/edit-part", change),
  documentWrites: async () =>
    (await control<{ documentWrites: Record<string, number> }>("/counters")).documentWrites,
};

export type SeedPartState = {
  partId: string;
  name: string;
  partNumber?: string;
  description?: string;
  customProperties?: Record<string, unknown>;
};
