import createClient from "openapi-fetch";
import { demoClient } from "@/emulator/demo-client";
import type { Database } from "@/lib/db/open";
import type { paths } from "@/lib/onshape/openapi/schema";
import { createTokenStore } from "@/lib/onshape/tokens/token-store";
import type { ResponseCache } from "@/lib/onshape/api/response-cache";
import { createTransport } from "@/lib/onshape/api/transport";

/** The app's Onshape client stack (token store, transport, typed client) on a given database. */
export function testOnshapeClient(db: Database, emulatorUrl: string, cache?: ResponseCache) {
  const tokens = createTokenStore(db, {
    tokenUrl: `${emulatorUrl}/oauth/token`,
    clientId: demoClient.id,
    clientSecret: demoClient.secret,
  });
  const send = createTransport({ apiUrl: emulatorUrl, tokens, cache, timeoutMs: 2_000 });
  return {
    tokens,
    workspaceMicroversion: send.workspaceMicroversion,
    forUser: (userId: string) =>
      createClient<paths>({
        baseUrl: `${emulatorUrl}/api/v16`,
        fetch: (request) => send(userId, request),
      }),
  };
}

export async function control(emulatorUrl: string, path: string, body: unknown = {}) {
  const response = await fetch(`${emulatorUrl}/__emulator${path}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  return response.json() as Promise<unknown>;
}
