// @ts-check

// Built from a copy in .data/bench-bare with its own (hard-linked) node_modules: rooted in the
// repository, Next would take the app's proxy.ts and instrumentation.ts into the yardstick.
/** @type {import("next").NextConfig} */
const nextConfig = { poweredByHeader: false, turbopack: { root: import.meta.dirname } };

export default nextConfig;
