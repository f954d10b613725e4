// Preloaded into a profiled server (`node --import`): SIGUSR1 is the inspector's, so SIGWINCH
// starts a CPU profile and the next SIGWINCH writes it to CPU_PROBE_FILE. Only scripts/profile.ts
// loads it.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const session = new Session();
session.connect();
let running = false;

process.on("SIGWINCH", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
        session.post("Profiler.start", () => process.stderr.write("[cpu-probe] started\n")),
      ),
    );
    return;
  }
  session.post("Profiler.stop", (error, result) => {
    running = false;
    if (!error)
      writeFileSync(process.env.CPU_PROBE_FILE ?? "cpu.cpuprofile", JSON.stringify(result.profile));
    process.stderr.write(`[cpu-probe] written ${error ? String(error) : ""}\n`);
  });
});
