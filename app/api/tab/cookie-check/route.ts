import { NextResponse, type NextRequest } from "next/server";
import { crossSiteCookieOptions } from "@/lib/auth/cookies";
import { isAppError } from "@/lib/errors";
import { cookieProbePath } from "@/lib/extension/hand-off";
import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";

// Lets the tab find out whether the browser keeps the app's cookies inside Onshape's page
// before it offers sign-in there: POST sets a short-lived cookie with the same attributes as
// the session cookie, GET says whether it came back.

const probeCookie = "onshape-app.cookie-check";

export function POST(request: NextRequest) {
  try {
    assertSameOrigin(request);
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    throw error;
  }
  const response = new NextResponse(null, { status: 204 });
  response.cookies.set(probeCookie, "1", {
    ...crossSiteCookieOptions,
    path: cookieProbePath,
    maxAge: 60,
  });
  return response;
}

export function GET(request: NextRequest) {
  return NextResponse.json(
    { cookies: request.cookies.has(probeCookie) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
