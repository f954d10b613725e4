import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi } from "./api-gateway";
import { renderAvatarPng } from "./api/avatars";
import { handleControl } from "./control";
import { handleDownload, isDownloadPath } from "./download";
import { sendJson } from "./http";
import { handleAuthorizeGet, handleAuthorizePost } from "./oauth-authorize";
import { handleToken } from "./oauth-token";
import { handleAsset, isAssetPath } from "./host-pages/assets";
import { handleApplications, isApplicationsPath } from "./host-pages/user-applications";
import { handleTabHost, isTabHostPath } from "./tab-host";
import { createEmulatorState, type EmulatorState, type RegisteredClient } from "./state";

export type EmulatorOptions = {
  port?: number;
  host?: string;
  clients: RegisteredClient[];
  /** Extra generated accounts for load tests, on top of the seeded ones. */
  extraUsers?: number;
  /** The app's element-tab Action URL, framed by the document pages (/documents/…/e/…). */
  tabUrl?: string;
  /** The app's right-panel URL (document pages with ?panel=1); default: tabUrl's /tab → /panel. */
  panelUrl?: string;
  /** The app's "OAuth URL" that My account → Applications opens; default: tabUrl's origin + /signin. */
  appOAuthUrl?: string;
};

export type RunningEmulator = { url: string; state: EmulatorState; close: () => Promise<void> };

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const state = createEmulatorState(options.clients, options.extraUsers);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    route(state, req, res, url, options).catch((error: unknown) => {
      console.error("[emulator]", error);
      if (!res.headersSent) sendJson(res, 500, { message: "emulator error", status: 500 });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host}:${port}`,
    state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(
  state: EmulatorState,
  req: Parameters<typeof handleApi>[1],
  res: Parameters<typeof handleApi>[2],
  url: URL,
  options: EmulatorOptions,
) {
  if (url.pathname === "/oauth/authorize") {
    if (req.method === "POST") return handleAuthorizePost(state, req, res);
    return handleAuthorizeGet(state, req, res, url);
  }
  if (url.pathname === "/oauth/token") return handleToken(state, req, res);
  if (url.pathname.startsWith("/api/")) return handleApi(state, req, res, url);
  if (isDownloadPath(url.pathname)) return handleDownload(state, req, res, url);
  if (url.pathname.startsWith("/__emulator/")) return handleControl(state, req, res, url);
  if (isTabHostPath(url.pathname)) return handleTabHost(state, req, res, url, options);
  if (isAssetPath(url.pathname)) return handleAsset(res, url.pathname);
  if (isApplicationsPath(url.pathname)) return handleApplications(state, req, res, url, options);
  const avatar = /^\/emulator\/avatars\/([0-9a-f]{24})\.png$/.exec(url.pathname);
  if (avatar) {
    res.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" });
    return res.end(renderAvatarPng(avatar[1]!));
  }
  if (url.pathname === "/") return sendJson(res, 200, { emulator: "onshape", api: "/api/v16" });
  sendJson(res, 404, { message: "Not found", status: 404 });
}
