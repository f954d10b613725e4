import { defineConfig } from "@playwright/test";
import {
  appEnv,
  appPort,
  appUrl,
  emulatorUrl,
  registeredRedirectUris,
} from "./tests/e2e/support/ports";

// Runs against the production build (`npm run test:e2e` builds first) in Debian's Chromium:
// Playwright cannot download its own browsers here.
export default defineConfig({
  testDir: "tests/e2e",
  // One app and one local Onshape are shared, and tests change the emulator's knobs.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    browserName: "chromium",
    baseURL: appUrl,
    // CI keeps the log, not test-results/: recording every test's trace there cost about 7% of
    // the suite's time (102 s against 109 s for 25 tests) for files nobody can open.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: "npx tsx emulator/main.ts",
      url: `${emulatorUrl}/`,
      env: {
        EMULATOR_PORT: new URL(emulatorUrl).port,
        EMULATOR_REDIRECT_URIS: registeredRedirectUris.join(" "),
        EMULATOR_TAB_URL: `${appUrl}/tab`,
      },
      reuseExistingServer: false,
    },
    {
      command: `rm -rf .data/e2e-${appPort} && npx next start --port ${appPort}`,
      url: `${appUrl}/api/auth/providers`,
      env: appEnv(appPort),
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
