import { expect } from "vitest";
import { apiRouter } from "../../../emulator/api/router";
import type { ApiResponse, EmulatorUser } from "../../../emulator/api/types";
import { createDocumentStore, type DocumentStore } from "../../../emulator/model/store";
import { ada } from "../../../emulator/seed/people";
import { defaultConfig } from "../../../emulator/state";
import { checkAgainstSpec } from "./openapi-validator";

// Calls the emulator's router the way the HTTP layer does (path after /api/v16, already
// authenticated user), so tests read like API calls. Reads share one store with the seed;
// tests that write make their own with createDocumentStore().

export const ORIGIN = "http://localhost:4010";

export const allScopes = ["OAuth2ReadPII", "OAuth2Read", "OAuth2Write"] as const;

const sharedStore = createDocumentStore();

export type CallOptions = {
  method?: string;
  query?: string;
  user?: EmulatorUser;
  body?: unknown;
  store?: DocumentStore;
  scopes?: readonly string[];
  accept?: string;
  now?: number;
  settings?: {
    translationActiveMs?: number;
    translationFailureReason?: string;
    metadataPageSize?: number;
  };
};

/** Any operation, sync or not; null when no operation matches. */
export function request(path: string, options: CallOptions = {}) {
  return apiRouter({
    method: options.method ?? "GET",
    path,
    query: new URLSearchParams(options.query ?? ""),
    user: options.user ?? ada,
    scopes: options.scopes ?? allScopes,
    origin: ORIGIN,
    store: options.store ?? sharedStore,
    body: options.body,
    headers: { accept: options.accept },
    now: options.now ?? Date.now(),
    settings: {
      translationActiveMs:
        options.settings?.translationActiveMs ?? defaultConfig.translationActiveMs,
      translationFailureReason:
        options.settings?.translationFailureReason ?? defaultConfig.translationFailureReason,
      metadataPageSize: options.settings?.metadataPageSize ?? defaultConfig.metadataPageSize,
    },
  });
}

export function send(path: string, options: CallOptions = {}): ApiResponse {
  const response = request(path, options);
  if (!response) throw new Error(`No route for ${options.method ?? "GET"} ${path}`);
  if (response instanceof Promise) throw new Error(`${path} answers asynchronously: use sendAsync`);
  return response;
}

export async function sendAsync(path: string, options: CallOptions = {}): Promise<ApiResponse> {
  const response = request(path, options);
  if (!response) throw new Error(`No route for ${options.method ?? "GET"} ${path}`);
  return response;
}

export function call(path: string, query = "", user: EmulatorUser = ada): ApiResponse {
  return send(path, { query, user });
}

/** Expects 200 for `operationId` and checks the JSON against the spec. */
export function expectValid<T = unknown>(operationId: string, response: ApiResponse): T {
  expect(response.operationId).toBe(operationId);
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  expect(checkAgainstSpec(operationId, response.json).errors).toEqual([]);
  return response.json as T;
}

/** Calls, expects 200 for `operationId`, and checks the JSON against the spec. */
export function callValid<T = unknown>(
  operationId: string,
  path: string,
  query = "",
  user: EmulatorUser = ada,
): T {
  return expectValid<T>(operationId, call(path, query, user));
}

/** Onshape's error body shape. */
export function expectError(response: ApiResponse, status: number) {
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  expect(response.json).toMatchObject({ status, message: expect.any(String) });
  expect(Object.keys(response.json as object).sort()).toEqual([
    "code",
    "message",
    "moreInfoUrl",
    "status",
  ]);
  return (response.json as { message: string }).message;
}
