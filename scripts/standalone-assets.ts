import { cp, access } from "node:fs/promises";
import path from "node:path";

// `output: "standalone"` leaves out the files the server serves as they are (the built client
// chunks and public/); they are copied in here, so .next/standalone is the whole app server.

const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(distDir, "standalone");

await cp(path.join(distDir, "static"), path.join(standalone, distDir, "static"), {
  recursive: true,
});
const hasPublic = await access("public").then(
  () => true,
  () => false,
);
if (hasPublic) await cp("public", path.join(standalone, "public"), { recursive: true });
console.log(`standalone server: node ${path.join(standalone, "server.js")}`);
