import type { TransportEvent } from "@/lib/onshape/api/transport";
import type { RefreshOutcome } from "@/lib/onshape/tokens/token-store";
import { appCallCounter } from "@/lib/onshape/usage/app-call-counter";
import { log } from "./logger";
import { metrics } from "./metrics";
import { currentRequestId } from "./request-id";

// What the transport reports becomes metrics, log lines and the API budget's counts here, so
// every Onshape call is counted in one place. The user id is an opaque id: no token or body
// ever gets here.

export function observeOnshape(event: TransportEvent): void {
  const m = metrics();
  switch (event.kind) {
    case "call": {
      const status = String(event.status);
      // The user's API budget (account page). A call without an answer may still have reached
      // Onshape and been counted there: the budget errs on counting it.
      appCallCounter().count(event.userId, event.rateLimitRemaining);
      m.onshapeCalls.inc({ operation: event.operation, status });
      m.onshapeDuration.observe({ operation: event.operation }, event.durationMs / 1000);
      void currentRequestId().then((requestId) =>
        log().info(
          {
            requestId,
            onshape: event.operation,
            method: event.method,
            status: event.status,
            durationMs: Math.round(event.durationMs),
            rateLimitRemaining: event.rateLimitRemaining,
          },
          "onshape call",
        ),
      );
      return;
    }
    case "rate-limited":
      m.rateLimited.inc({ outcome: event.retried ? "retried" : "gave_up" });
      if (event.retried) m.rateLimitWait.inc(event.waitSec);
      return;
    case "cache":
      m.cacheLookups.inc({
        kind: event.immutable ? "immutable" : "workspace",
        result: event.hit ? "hit" : "miss",
      });
      return;
  }
}

export function observeRefresh(outcome: RefreshOutcome): void {
  metrics().tokenRefreshes.inc({ outcome });
}

export function observeTranslation(event: "started" | "done" | "failed"): void {
  metrics().translations.inc({ event });
}
