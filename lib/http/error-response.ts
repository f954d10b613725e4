import { errorStatus, type AppError } from "@/lib/errors";

/** A JSON error response: `{error: kind, message}`, which lib/http/fetch-json.ts reads back. */
export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (error.retryAfterSec !== undefined) headers["retry-after"] = String(error.retryAfterSec);
  return Response.json(
    { error: error.kind, message: error.userMessage },
    { status: errorStatus[error.kind], headers },
  );
}
