// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from node_modules at run time; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds (say, two test suites) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The emulator and the seed data live outside app/; keep type-checking in `npm test`, where
  // it runs once, instead of again inside every `next build`.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
