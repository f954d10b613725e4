// @ts-check
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fixedSecurityHeaders } from "./lib/http/fixed-security-headers.js";

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  // `npm run build` makes a server that runs with `node .next/standalone/server.js` and needs no
  // node_modules beside it (scripts/standalone-assets.ts adds the static files it serves).
  output: "standalone",
  outputFileTracingRoot: root,
  // Read at run time by path, so tracing cannot see them: migrations run at start-up and
  // /api/ready compares the journal with the database.
  outputFileTracingIncludes: { "/**/*": ["./lib/db/migrations/**/*"] },
  // PGlite loads its WASM and data files from node_modules at run time; bundling breaks that.
  // prom-client keeps one registry per process only when it is loaded once.
  serverExternalPackages: ["@electric-sql/pglite", "prom-client"],
  poweredByHeader: false,
  // On every response; proxy.ts replaces frame-ancestors on the pages Onshape may frame.
  headers: async () => [
    {
      source: "/:path*",
      headers: Object.entries(fixedSecurityHeaders).map(([key, value]) => ({ key, value })),
    },
  ],
  // NEXT_DIST_DIR lets two builds (say, two test suites) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
