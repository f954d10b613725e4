import { noStore } from "@/lib/ops/ops-response";
import { readiness } from "@/lib/ops/readiness";

export async function GET() {
  const { ready, checks } = await readiness();
  return Response.json(
    { status: ready ? "ready" : "not-ready", checks },
    { ...noStore, status: ready ? 200 : 503 },
  );
}
