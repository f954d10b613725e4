import { randomBytes } from "node:crypto";
import type { EmulatorUser } from "./api/types";
import { createDocumentStore } from "./model/store";
import { seededUsers } from "./users";

export type RegisteredClient = {
  /** What My account → Applications shows. */
  name?: string;
  id: string;
  secret: string;
  redirectUris: string[];
  scopes: readonly string[];
};

export type AuthorizationCode = {
  clientId: string;
  userId: string;
  redirectUri?: string;
  scope: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  companyId?: string;
  expiresAt: number;
  used: boolean;
};

export type TokenGrant = { userId: string; clientId: string; scope: string };
export type AccessToken = TokenGrant & { expiresAt: number };

/**
 * A scripted failure: `target` is an operationId, "token", "download" (the glTF files behind
 * the exports' 307), or "*" for every API operation.
 */
export type Fault = {
  target: string;
  kind: "status" | "timeout" | "malformed" | "reset";
  status?: number;
  retryAfterSec?: number;
  /** How many more requests it hits; ignored when `rate` is set. */
  remaining?: number;
  /** Hit each matching request with this probability (0-1) instead of a count. */
  rate?: number;
  /** Let this many matching requests through first (e.g. a 429 in the middle of a batch). */
  after?: number;
};

export type EmulatorConfig = {
  latencyMs: number;
  tokenLifetimeSec: number;
  codeLifetimeSec: number;
  /** How long a "timeout" fault holds a request before dropping the connection. */
  hangMs: number;
  /** How long a translation stays ACTIVE before it is DONE (or FAILED). */
  translationActiveMs: number;
  /** Non-empty: translations created from now on end FAILED with this failureReason. */
  translationFailureReason: string;
  /** Above 0: getWMVEPsMetadata answers this many parts a page, linking the next with `next`. */
  metadataPageSize: number;
};

export type Counters = {
  /** API calls by operationId (answered, whatever the status). */
  calls: Record<string, number>;
  /** Successful token grants by grant type. */
  grants: Record<string, number>;
  /** Refused token requests by grant type. */
  grantFailures: Record<string, number>;
  /** Successful refresh grants by Onshape user id. */
  refreshesByUser: Record<string, number>;
  /**
   * Writes into documents through the API, by operation: metadata updates
   * ("updateWVEPMetadata", "updateWVMetadata") and translations asked to store their result
   * in the document ("translateFormat:storeInDocument", "createPartStudioTranslation:…").
   * The emulator's own edits (/__emulator/edit-part, the panel host) are not counted.
   */
  documentWrites: Record<string, number>;
  /** Files served behind the glTF exports' redirect (/download/…), by status. */
  downloads: Record<string, number>;
};

export type EmulatorState = ReturnType<typeof createEmulatorState>;

export const defaultConfig: EmulatorConfig = {
  latencyMs: 0,
  tokenLifetimeSec: 3600,
  codeLifetimeSec: 60,
  hangMs: 30_000,
  translationActiveMs: 1500,
  translationFailureReason: "",
  metadataPageSize: 0,
};

export function newCounters(): Counters {
  return {
    calls: {},
    grants: {},
    grantFailures: {},
    refreshesByUser: {},
    documentWrites: {},
    downloads: {},
  };
}

/** What the token endpoint received, for tests that assert the exact request an app sends. */
export type TokenRequestRecord = {
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

export function createEmulatorState(clients: RegisteredClient[], extraUsers = 0) {
  const users = new Map<string, EmulatorUser>(seededUsers.map((u) => [u.id, u]));
  for (let i = 0; i < extraUsers; i++) {
    const user = generatedUser(i);
    users.set(user.id, user);
  }
  return {
    clients: new Map(clients.map((c) => [c.id, c])),
    users,
    codes: new Map<string, AuthorizationCode>(),
    accessTokens: new Map<string, AccessToken>(),
    refreshTokens: new Map<string, TokenGrant>(),
    /** Scopes each user has allowed each app, by grantKey(userId, clientId). */
    grants: new Map<string, Set<string>>(),
    faults: [] as Fault[],
    config: { ...defaultConfig },
    counters: newCounters(),
    /** Calls left this year per user, reported in X-Rate-Limit-Remaining. */
    callsRemaining: new Map<string, number>(),
    tokenRequests: [] as TokenRequestRecord[],
    /** The documents, mutable; /__emulator/reset puts the seed back. */
    store: createDocumentStore(),
  };
}

export const grantKey = (userId: string, clientId: string) => `${userId} ${clientId}`;

export const newToken = () => randomBytes(32).toString("base64url");

export function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Users for load tests: `load-user-0`… with valid 24-hex ids. */
function generatedUser(index: number): EmulatorUser {
  const n = String(index).padStart(4, "0");
  return {
    id: `7e57${index.toString(16).padStart(20, "0")}`,
    name: `Load User ${n}`,
    firstName: "Load",
    lastName: `User ${n}`,
    email: `load-user-${n}@example.com`,
    sharesDataOf: seededUsers[0]!.id,
  };
}
