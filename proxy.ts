import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { badTabRequestPage } from "@/lib/extension/bad-request-page";
import { parseTabContext } from "@/lib/extension/tab-context";
import { securityHeaders } from "@/lib/http/security-headers";

// Runs only for the pages Onshape may frame: their frame-ancestors is built from the environment
// at run time. Every other response gets the fixed headers from next.config.js, which Next adds
// without running a proxy (about a millisecond of CPU per request saved). A tab opened with a bad
// query is answered here with a real 400 page: a page component cannot set that status.

export const config = { matcher: ["/tab/:path*", "/panel/:path*", "/auth/error"] };

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
