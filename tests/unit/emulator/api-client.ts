import { expect } from "vitest";
import { apiRouter } from "../../../emulator/api/router";
import type { ApiResponse, EmulatorUser } from "../../../emulator/api/types";
import { ada } from "../../../emulator/seed/people";
import { checkAgainstSpec } from "./openapi-validator";

// Calls the emulator's router the way the HTTP layer does (path after /api/v16, already
// authenticated user), so tests read like API calls.

export const ORIGIN = "http://localhost:4010";

export function call(path: string, query = "", user: EmulatorUser = ada): ApiResponse {
  const response = apiRouter({
    method: "GET",
    path,
    query: new URLSearchParams(query),
    user,
    origin: ORIGIN,
  });
  if (!response) throw new Error(`No route for GET ${path}`);
  return response;
}

/** Calls, expects 200 for `operationId`, and checks the JSON against the spec. */
export function callValid<T = unknown>(
  operationId: string,
  path: string,
  query = "",
  user: EmulatorUser = ada,
): T {
  const response = call(path, query, user);
  expect(response.operationId).toBe(operationId);
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  expect(checkAgainstSpec(operationId, response.json).errors).toEqual([]);
  return response.json as T;
}

/** Onshape's error body shape. */
export function expectError(response: ApiResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.json).toMatchObject({ status, message: expect.any(String) });
  expect(Object.keys(response.json as object).sort()).toEqual([
    "code",
    "message",
    "moreInfoUrl",
    "status",
  ]);
}
