import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Next exits with process.exit right after draining, with no hook of its own: the call counts
// held in memory must still be written first. A child process plays Next: SIGTERM, a request
// that adds to the counts while draining, then process.exit(143).

const run = promisify(execFile);

const child = `
import { installShutdown, onShutdown } from "./lib/ops/shutdown.ts";
installShutdown({ graceSec: 10 });
let pending = 0;
let written = 0;
onShutdown(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  written += pending;
  pending = 0;
});
process.on("exit", (code) => console.log(JSON.stringify({ written, code })));
process.kill(process.pid, "SIGTERM");
setTimeout(() => {
  pending += 3; // counted by a request that finished while draining
  process.exit(143);
}, 20);
setInterval(() => {}, 1000);
`;

describe("shutdown hooks", () => {
  it("run when draining begins and again before the exit, which keeps its code", async () => {
    const result = await run("npx", ["tsx", "--eval", child], {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: "silent" },
    }).catch((error: { stdout: string; code: number }) => error);
    const last = result.stdout.trim().split("\n").at(-1)!;
    expect(JSON.parse(last)).toEqual({ written: 3, code: 143 });
    expect((result as { code?: number }).code).toBe(143);
  });
});
