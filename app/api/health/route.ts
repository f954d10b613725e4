import { noStore } from "@/lib/ops/ops-response";

// Liveness: the process answers. Nothing else is checked (that is /api/ready).
export function GET() {
  return Response.json({ status: "ok", uptimeSec: Math.round(process.uptime()) }, noStore);
}
