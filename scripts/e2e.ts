import { spawn } from "node:child_process";

// `npm run test:e2e` after the build: the suite in two shards side by side, each with its own
// app server, local Onshape and ports (E2E_PORT_OFFSET), so CI waits for the slower half rather
// than the whole (the tests wait on browsers and timers more than on the 2 cores). Arguments
// (a spec, --grep …) run one Playwright as usual. E2E_SHARDS=1 runs the suite in one.

const args = process.argv.slice(2);
const shards = args.length > 0 ? 1 : Number(process.env.E2E_SHARDS ?? 2);

function run(index: number): Promise<number> {
  const shardArgs = shards > 1 ? [`--shard=${index + 1}/${shards}`] : [];
  const child = spawn("npx", ["playwright", "test", ...shardArgs, ...args], {
    env: { ...process.env, E2E_PORT_OFFSET: String(index * 40), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: shards > 1 ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  const prefix = `[${index + 1}/${shards}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) process.stdout.write(prefix + line + "\n");
    });
    stream?.on("end", () => rest && process.stdout.write(prefix + rest + "\n"));
  }
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

const codes = await Promise.all(Array.from({ length: shards }, (_, index) => run(index)));
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
