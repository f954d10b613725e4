import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import ts from "typescript";
import { sendJson } from "../http";

// The host pages' browser code is TypeScript next to this file; it is served as JavaScript
// (TypeScript's own transpiler, once per file) from /emulator/assets/<name>.js.

const served = ["selection-model", "select-item-dialog-client", "panel-host-client"] as const;
const cache = new Map<string, string>();

export const assetUrl = (name: (typeof served)[number]) => `/emulator/assets/${name}.js`;

export function isAssetPath(pathname: string): boolean {
  return pathname.startsWith("/emulator/assets/");
}

export async function handleAsset(res: ServerResponse, pathname: string) {
  const name = /^\/emulator\/assets\/([a-z-]+)\.js$/.exec(pathname)?.[1];
  if (!name || !(served as readonly string[]).includes(name)) {
    return sendJson(res, 404, { message: "Not found", status: 404 });
  }
  let code = cache.get(name);
  if (!code) {
    const source = await readFile(new URL(`./${name}.ts`, import.meta.url), "utf8");
    code = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    cache.set(name, code);
  }
  res.writeHead(200, {
    "content-type": "text/javascript;charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(code);
}
