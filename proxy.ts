import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { badTabRequestPage } from "@/lib/extension/bad-request-page";
import { parseTabContext } from "@/lib/extension/tab-context";
import { securityHeaders } from "@/lib/http/security-headers";

// Runs for every request (no matcher), so every response gets the framing and sniffing headers,
// built from the environment at run time. A tab opened with a bad query is answered here with
// a real 400 page: a page component cannot set that status.

export function proxy(request: NextRequest) {
  const apiOrigin = getEnv().ONSHAPE_API_URL;
  const headers = securityHeaders(apiOrigin, request.nextUrl.pathname);
  if (request.nextUrl.pathname === "/tab") {
    const parsed = parseTabContext(request.nextUrl.searchParams, { apiOrigin });
    if (!parsed.ok) {
      return new NextResponse(badTabRequestPage(parsed.problems), {
        status: 400,
        headers: {
          ...headers,
          "Content-Type": "text/html; charset=utf-8",
          "Cache-Control": "no-store",
        },
      });
    }
  }
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
