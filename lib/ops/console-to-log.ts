import { format } from "node:util";
import { log } from "./logger";

// Next.js and libraries report through console.* (a render error, a failed `after`): in
// production those become JSON lines too, so every line after start-up parses.

export function routeConsoleToLog(): void {
  if (process.env.NODE_ENV !== "production") return;
  const levels = { error: "error", warn: "warn", info: "info", log: "info" } as const;
  for (const [method, level] of Object.entries(levels) as [
    keyof typeof levels,
    "error" | "warn" | "info",
  ][]) {
    console[method] = (...args: unknown[]) => log()[level](format(...args));
  }
}
