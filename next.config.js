// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from node_modules at run time; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds (say, two test suites) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
