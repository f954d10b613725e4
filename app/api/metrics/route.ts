import { metricsResponse } from "@/lib/ops/metrics-response";

export function GET(request: Request) {
  return metricsResponse(request);
}
