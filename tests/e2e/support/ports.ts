import { demoClient } from "../../../emulator/demo-client";

// The local Onshape on 127.0.0.1 and the app on localhost: two sites, as in real life.
// E2E_PORT_OFFSET lets two suites run side by side on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const emulatorUrl = `http://127.0.0.1:${4110 + offset}`;
export const appPort = 3100 + offset;
export const appUrl = `http://localhost:${appPort}`;
/** Ports for app servers a test starts itself (with other settings). */
export const extraAppPorts = [3101 + offset, 3102 + offset, 3103 + offset] as const;

export const registeredRedirectUris = [appPort, ...extraAppPorts].map(
  (port) => `http://localhost:${port}/api/auth/callback/onshape`,
);

export function appEnv(port: number, overrides: Record<string, string | undefined> = {}) {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    AUTH_URL: `http://localhost:${port}`,
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: demoClient.secret,
    ONSHAPE_OAUTH_URL: emulatorUrl,
    ONSHAPE_API_URL: emulatorUrl,
    // Read-only by default; the demo client is registered with write, so "Allow editing" shows.
    ONSHAPE_EDIT_SCOPES: "OAuth2Write",
    PGLITE_DIR: `.data/e2e-${port}`,
    ...overrides,
  };
}
