// Preloaded into a measured server (`node --import`): on SIGUSR2 it runs a full garbage
// collection and prints one `[heap-probe] {…}` line with the live heap and RSS, and, when
// HEAP_PROBE_SNAPSHOT_DIR is set, writes a heap snapshot there. Only the memory and bench
// scripts load it; the app never does.
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");
let snapshots = 0;

process.on("SIGUSR2", () => {
  // Twice: the first pass runs finalizers whose garbage the second collects.
  gc();
  gc();
  const memory = process.memoryUsage();
  const dir = process.env.HEAP_PROBE_SNAPSHOT_DIR;
  const snapshot = dir
    ? v8.writeHeapSnapshot(path.join(dir, `heap-${process.pid}-${++snapshots}.heapsnapshot`))
    : undefined;
  process.stderr.write(
    `[heap-probe] ${JSON.stringify({ heapUsed: memory.heapUsed, external: memory.external, rss: memory.rss, snapshot })}\n`,
  );
});
