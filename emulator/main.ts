import { demoClient } from "./demo-client";
import { startEmulator } from "./server";

// `npm run emulator`: the local Onshape on its own. EMULATOR_REDIRECT_URIS is a space-separated
// list of the app callback URLs to register for the demo client; EMULATOR_TAB_URL is the app's
// element-tab Action URL that the document pages (/documents/…/e/…) frame; EMULATOR_PANEL_URL
// the right-panel URL (…?panel=1; default: the tab URL with /tab → /panel); and
// EMULATOR_APP_OAUTH_URL the app's OAuth URL for /user/applications (default: the tab
// URL's origin + /signin).
const port = Number(process.env.EMULATOR_PORT ?? 4010);
const redirectUris = (
  process.env.EMULATOR_REDIRECT_URIS ?? "http://localhost:3000/api/auth/callback/onshape"
)
  .split(/\s+/)
  .filter(Boolean);

const emulator = await startEmulator({
  port,
  host: process.env.EMULATOR_HOST ?? "127.0.0.1",
  clients: [{ ...demoClient, redirectUris }],
  extraUsers: Number(process.env.EMULATOR_EXTRA_USERS ?? 0),
  tabUrl: process.env.EMULATOR_TAB_URL ?? "http://localhost:3000/tab",
  panelUrl: process.env.EMULATOR_PANEL_URL || undefined,
  appOAuthUrl: process.env.EMULATOR_APP_OAUTH_URL || undefined,
});
console.log(`Local Onshape listening on ${emulator.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void emulator.close().then(() => process.exit(0)));
}
