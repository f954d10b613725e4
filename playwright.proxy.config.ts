import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { emulatorUrl, registeredRedirectUris } from "./tests/e2e/support/ports";
import { proxyUrl } from "./tests/proxy/support/proxy-ports";

// `npm run test:proxy`: the deployment of the README's "Deploy" section (nginx, two standalone
// servers, one Postgres), driven through the proxy. Needs `npm run build` first.
export default defineConfig({
  ...baseConfig,
  testDir: "tests/proxy",
  timeout: 120_000,
  use: { ...baseConfig.use, baseURL: proxyUrl, ignoreHTTPSErrors: true },
  webServer: [
    {
      command: "npx tsx emulator/main.ts",
      url: `${emulatorUrl}/`,
      env: {
        EMULATOR_PORT: new URL(emulatorUrl).port,
        EMULATOR_REDIRECT_URIS: [
          ...registeredRedirectUris,
          `${proxyUrl}/api/auth/callback/onshape`,
        ].join(" "),
      },
      reuseExistingServer: false,
    },
  ],
});
