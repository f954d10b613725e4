import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// The process's Prometheus metrics, served by /api/metrics. Kept on globalThis: Next.js bundles
// server code several times, and every copy must count into the same registry.

const latencyBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "app_http_requests_total",
      help: "Requests served, by route, method and status",
      labelNames: ["route", "method", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "app_http_request_duration_seconds",
      help: "Time to the end of the response, by route and method",
      labelNames: ["route", "method"] as const,
      buckets: latencyBuckets,
      registers,
    }),
    onshapeCalls: new Counter({
      name: "app_onshape_calls_total",
      help: "Calls made to Onshape's API, by operation and status (0: no answer)",
      labelNames: ["operation", "status"] as const,
      registers,
    }),
    onshapeDuration: new Histogram({
      name: "app_onshape_call_duration_seconds",
      help: "Latency of calls to Onshape's API, by operation",
      labelNames: ["operation"] as const,
      buckets: latencyBuckets,
      registers,
    }),
    rateLimited: new Counter({
      name: "app_onshape_rate_limited_total",
      help: "429 answers from Onshape, by what the app did (waited and retried, or gave up)",
      labelNames: ["outcome"] as const,
      registers,
    }),
    rateLimitWait: new Counter({
      name: "app_onshape_rate_limit_wait_seconds_total",
      help: "Seconds spent waiting out Onshape's Retry-After",
      registers,
    }),
    tokenRefreshes: new Counter({
      name: "app_token_refreshes_total",
      help: "Token refreshes, by outcome (refreshed, reused: another request or server had refreshed, invalid_grant, failed)",
      labelNames: ["outcome"] as const,
      registers,
    }),
    cacheLookups: new Counter({
      name: "app_cache_lookups_total",
      help: "Response cache lookups, by kind of answer (immutable: version/microversion, workspace) and result",
      labelNames: ["kind", "result"] as const,
      registers,
    }),
    translations: new Counter({
      name: "app_translation_jobs_total",
      help: "Onshape translation jobs, by event (started, done, failed)",
      labelNames: ["event"] as const,
      registers,
    }),
    sessionsLive: new Gauge({
      name: "app_sessions_live",
      help: "Unexpired sessions in the database (all servers)",
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as typeof globalThis & { onshapeAppMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.onshapeAppMetrics ??= createMetrics();
  return globalForMetrics.onshapeAppMetrics;
}
