import { chromium, type BrowserContext, type TestInfo } from "@playwright/test";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// Chromium with a user's cookie settings, written into a fresh profile the way the settings
// page stores them. The browser itself then refuses the cookies: nothing is intercepted.

export type CookieSettings = Record<string, unknown>;

/** "Not allowed to use cookies" for the app where it is embedded in `topOrigin`. */
export const refuseCookiesInside = (appOrigin: string, topOrigin: string): CookieSettings => ({
  // Block third-party cookies as well, as a privacy-minded user would.
  cookie_controls_mode: 1,
  content_settings: {
    exceptions: { cookies: { [`${appOrigin},${topOrigin}`]: { setting: 2 } } },
  },
});

/** "Don't allow sites to save data": every cookie, first-party ones too. */
export const refuseAllCookies: CookieSettings = {
  default_content_setting_values: { cookies: 2 },
};

export async function launchWithCookieSettings(
  testInfo: TestInfo,
  settings: CookieSettings,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tab-profile-"));
  await mkdir(path.join(dir, "Default"));
  await writeFile(path.join(dir, "Default", "Preferences"), JSON.stringify({ profile: settings }));
  const launch = testInfo.project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: launch.executablePath,
    args: launch.args,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
