import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "./logger";
import { metrics } from "./metrics";
import { requestIdFrom, requestIdHeader } from "./request-id";
import { routeLabel } from "./route-label";
import { isDraining } from "./shutdown";

// One log line and one metric per request, for every request the server answers (pages, RSC,
// route handlers, server actions, static files). Node publishes each request before Next.js
// sees it, so the request id is set here: on the response, and on the request's headers, where
// server code reads it (currentRequestId) to tag its own lines (Onshape calls).

type Started = { request: IncomingMessage; response: ServerResponse };

let installed = false;

export function installRequestLog(): void {
  if (installed) return;
  installed = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as Started;
    const id = requestIdFrom(request.headers[requestIdHeader]);
    request.headers[requestIdHeader] = id;
    response.setHeader(requestIdHeader, id);
    // While draining, every answer ends its connection: a proxy's kept-alive connection would
    // otherwise keep bringing requests, the server would never close, and the bound would end it.
    if (isDraining()) response.setHeader("connection", "close");
    const started = process.hrtime.bigint();
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = response.statusCode;
      const route = routeLabel(request.url ?? "/", status);
      const method = request.method ?? "GET";
      metrics().httpRequests.inc({ route, method, status: String(status) });
      metrics().httpDuration.observe({ route, method }, seconds);
      const line = {
        requestId: id,
        method,
        route,
        status,
        durationMs: Math.round(seconds * 1000),
        // The client went away before the answer was complete.
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      if (route === "/_next/static/*") log().debug(line, "request");
      else log().info(line, "request");
    });
  });
}
