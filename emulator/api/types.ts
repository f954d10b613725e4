import type { DocumentStore } from "../model/store";

// The contract between the emulator's HTTP layer (auth, counters, faults) and its REST handlers.
// Read handlers are pure functions of the request and the document store, so unit tests can
// call them directly and validate what they return against Onshape's OpenAPI schemas. Write
// operations change the store they are given; the clock comes in the request.

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

/** Knobs of /__emulator/config that operations read. */
export type ApiSettings = {
  /** How long a translation stays ACTIVE. */
  translationActiveMs: number;
  /** Non-empty: translations created now end FAILED with this reason. */
  translationFailureReason: string;
  /** Above 0: parts per page of getWMVEPsMetadata. */
  metadataPageSize: number;
};

export type ApiRequest = {
  method: string;
  /** Path after `/api/v16`, e.g. `/documents/d/{did}/w/{wid}/elements`. */
  path: string;
  query: URLSearchParams;
  user: EmulatorUser;
  /** OAuth scopes of the bearer token. */
  scopes: readonly string[];
  /** Origin the emulator serves on, for `href`/`next` links in responses. */
  origin: string;
  store: DocumentStore;
  /** Parsed JSON body; undefined without one. */
  body?: unknown;
  /** Lower-case request headers the operations look at (e.g. `accept`). */
  headers: Readonly<Record<string, string | undefined>>;
  /** ms since epoch. */
  now: number;
  settings: ApiSettings;
};

export type ApiResponse = {
  /** Onshape operationId from openapi.json, used for per-operation counters and schema tests. */
  operationId: string;
  status: number;
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  /** What the operation wrote into documents, for /__emulator/counters documentWrites. */
  documentWrites?: string[];
};

/** Returns null when no Onshape operation matches the method and path. */
export type ApiRouter = (req: ApiRequest) => ApiResponse | Promise<ApiResponse> | null;
