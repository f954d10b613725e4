import { randomBytes } from "node:crypto";
import { demoClient } from "../../../emulator/demo-client";
import { ada } from "../../../emulator/seed/people";
import { startEmulator, type EmulatorOptions } from "../../../emulator/server";

// The whole emulator on a free loopback port, with a bearer token put straight into its state
// (the OAuth flow has its own tests), for tests of what the HTTP layer adds.

export type TokenOptions = { userId?: string; scope?: string };

export async function httpEmulator(options: Partial<EmulatorOptions> = {}) {
  const emulator = await startEmulator({
    clients: [{ ...demoClient, redirectUris: ["http://localhost:3999/api/auth/callback/onshape"] }],
    tabUrl: "http://localhost:3999/tab",
    ...options,
  });
  const tokenFor = ({
    userId = ada.id,
    scope = demoClient.scopes.join(" "),
  }: TokenOptions = {}) => {
    const token = randomBytes(16).toString("hex");
    emulator.state.accessTokens.set(token, {
      userId,
      clientId: demoClient.id,
      scope,
      expiresAt: Date.now() + 3_600_000,
    });
    return token;
  };
  const token = tokenFor();
  const api = (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token: override, headers, ...rest } = init;
    const bearer = override === undefined ? token : override;
    return fetch(path.startsWith("http") ? path : `${emulator.url}/api/v16${path}`, {
      redirect: "manual",
      ...rest,
      headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    });
  };
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}/__emulator${path}`, {
      method: body === undefined ? "GET" : "POST",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  return { emulator, state: emulator.state, token, tokenFor, api, control, close: emulator.close };
}
