import type { ServerResponse } from "node:http";
import { sendJson, sleep } from "./http";
import type { EmulatorState, Fault } from "./state";

/** The first fault that applies to `target` for this request, consuming one of its uses. */
export function takeFault(state: EmulatorState, target: string): Fault | undefined {
  for (const fault of state.faults) {
    const matches =
      fault.target === target || (fault.target === "*" && !["token", "download"].includes(target));
    if (!matches) continue;
    if ((fault.after ?? 0) > 0) {
      fault.after = (fault.after ?? 0) - 1;
      continue;
    }
    if (fault.rate !== undefined) {
      if (Math.random() < fault.rate) return fault;
      continue;
    }
    if ((fault.remaining ?? 1) > 0) {
      fault.remaining = (fault.remaining ?? 1) - 1;
      return fault;
    }
  }
  return undefined;
}

/**
 * Answers the request as the fault says. Returns false for "malformed", which the caller
 * handles because only it knows the real body to truncate.
 */
export async function applyFault(
  state: EmulatorState,
  fault: Fault,
  res: ServerResponse,
): Promise<boolean> {
  if (fault.kind === "timeout") {
    await sleep(state.config.hangMs);
    res.destroy();
    return true;
  }
  if (fault.kind === "reset") {
    res.socket?.destroy();
    return true;
  }
  if (fault.kind === "malformed") return false;
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429) headers["retry-after"] = String(fault.retryAfterSec ?? 1);
  sendJson(
    res,
    status,
    { message: `Injected ${status}`, status, code: 0, moreInfoUrl: "" },
    headers,
  );
  return true;
}
