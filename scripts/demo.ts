import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { demoClient } from "../emulator/demo-client";
import { gearboxIds } from "../emulator/seed";
import { startEmulator } from "../emulator/server";

// `npm run demo`: the local Onshape on 127.0.0.1 and the app on localhost (two different
// sites, as Onshape and an app are), with zero configuration. It runs Next's dev server (each
// page compiles on its first view, for seconds); `npm run demo -- --production` serves the
// production build instead (run `npm run build` first): every view is as fast as deployed.

const appPort = Number(process.env.PORT ?? 3000);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);
const appUrl = `http://localhost:${appPort}`;

async function demoSecret(): Promise<string> {
  const file = ".data/demo-auth-secret";
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(".data", { recursive: true });
  const secret = randomBytes(33).toString("base64");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

const emulator = await startEmulator({
  port: emulatorPort,
  clients: [{ ...demoClient, redirectUris: [`${appUrl}/api/auth/callback/onshape`] }],
  tabUrl: `${appUrl}/tab`,
});

const production = process.argv.includes("--production");
if (production && !existsSync(".next/BUILD_ID")) {
  console.error(
    "No production build: run `npm run build` first, then `npm run demo -- --production`.",
  );
  process.exit(1);
}

const app = spawn("npx", ["next", production ? "start" : "dev", "--port", String(appPort)], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: await demoSecret(),
    AUTH_URL: appUrl,
    AUTH_ONSHAPE_ID: demoClient.id,
    AUTH_ONSHAPE_SECRET: demoClient.secret,
    ONSHAPE_OAUTH_URL: emulator.url,
    ONSHAPE_API_URL: emulator.url,
    // The demo client is registered with write: users may press "Allow editing".
    ONSHAPE_EDIT_SCOPES: "OAuth2Write",
    PGLITE_DIR: ".data/demo-pglite",
  },
});

console.log(`
  Local Onshape: ${emulator.url}  (demo client id ${demoClient.id})
  The app:       ${appUrl}        <- open this and press "Sign in with Onshape"
  As a tab:      ${emulator.url}/documents/${gearboxIds.document}/w/${gearboxIds.workspace}/e/${gearboxIds.partStudio}
                 <- a document page of the local Onshape with the app in its element tab
  Right panel:   ${emulator.url}/documents/${gearboxIds.document}/w/${gearboxIds.workspace}/e/${gearboxIds.partStudio}?panel=1
                 <- the same page with the app in its right panel (${appUrl}/panel) beside a model view
  Applications:  ${emulator.url}/user/applications
                 <- My account → Applications: open the app from Onshape, or revoke its grant
`);

const stop = () => {
  app.kill("SIGTERM");
  void emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", (code) => void emulator.close().then(() => process.exit(code ?? 0)));
