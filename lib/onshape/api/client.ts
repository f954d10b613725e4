import "server-only";
import createClient from "openapi-fetch";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { inStartUpContext } from "@/lib/start-up-context";
import { observeOnshape, observeRefresh } from "@/lib/ops/onshape-calls";
import type { paths } from "../openapi/schema";
import { createTokenStore } from "../tokens/token-store";
import { nameOperation } from "./operation-name";
import { createResponseCache } from "./response-cache";
import { createTransport, type SendOptions } from "./transport";

// The typed Onshape client for one signed-in user: paths, parameters and responses come from
// Onshape's OpenAPI spec; `/api/v16` is pinned here (unversioned calls get Onshape's oldest API).

const globalForOnshape = globalThis as typeof globalThis & {
  onshapeTransport?: Promise<ReturnType<typeof createTransport>>;
};

/** One token store (and so one in-process refresh per account) for the whole server process. */
function transport() {
  // Made by whichever request comes first, but kept for the process: not in that request's context.
  globalForOnshape.onshapeTransport ??= inStartUpContext(async () => {
    const env = getEnv();
    const db = await getDb();
    const tokens = createTokenStore(
      db,
      {
        tokenUrl: `${env.ONSHAPE_OAUTH_URL}/oauth/token`,
        clientId: env.AUTH_ONSHAPE_ID,
        clientSecret: env.AUTH_ONSHAPE_SECRET,
      },
      observeRefresh,
    );
    return createTransport({
      apiUrl: env.ONSHAPE_API_URL,
      tokens,
      cache: createResponseCache(db),
      observe: observeOnshape,
    });
  });
  return globalForOnshape.onshapeTransport;
}

export function onshapeClient(userId: string, options: SendOptions = {}) {
  const client = createClient<paths>({
    baseUrl: `${getEnv().ONSHAPE_API_URL}/api/v16`,
    fetch: async (request) => (await transport())(userId, request, options),
  });
  client.use({ onRequest: ({ request, schemaPath }) => nameOperation(request, schemaPath) });
  return client;
}

export type OnshapeClient = ReturnType<typeof onshapeClient>;

/**
 * The microversion a workspace is at, as this render's (or route request's) cached workspace
 * reads saw it: the same lookup they made, so asking costs no Onshape call of its own.
 */
export async function workspaceMicroversion(
  userId: string,
  workspace: { documentId: string; workspaceId: string },
): Promise<string> {
  return (await transport()).workspaceMicroversion(userId, workspace);
}

/** The data of a call that succeeded (the transport throws an AppError for every failure). */
export function dataOf<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error("Onshape answered without a body");
  return result.data;
}
