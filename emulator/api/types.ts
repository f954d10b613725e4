// The contract between the emulator's HTTP layer (auth, counters, faults) and its REST handlers.
// Handlers are pure functions of the request and the seeded data, so unit tests can call them
// directly and validate what they return against Onshape's OpenAPI schemas.

export type EmulatorUser = {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Company the user belongs to; undefined for a personal (`cad`) account. */
  companyId?: string;
  /** Load-test accounts see the documents of this seeded user, under their own identity. */
  sharesDataOf?: string;
};

/** The user id document access is decided by. */
export function accessUserId(user: EmulatorUser): string {
  return user.sharesDataOf ?? user.id;
}

export type ApiRequest = {
  method: string;
  /** Path after `/api/v16`, e.g. `/documents/d/{did}/w/{wid}/elements`. */
  path: string;
  query: URLSearchParams;
  user: EmulatorUser;
  /** Origin the emulator serves on, for `href`/`next` links in responses. */
  origin: string;
};

export type ApiResponse = {
  /** Onshape operationId from openapi.json, used for per-operation counters and schema tests. */
  operationId: string;
  status: number;
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
};

/** Returns null when no Onshape operation matches the method and path. */
export type ApiRouter = (req: ApiRequest) => ApiResponse | null;
