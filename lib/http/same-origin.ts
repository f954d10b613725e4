import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Cross-site requests may not change anything (the tab's cookies are SameSite=None). */
export function assertSameOrigin(request: { headers: Headers }): void {
  const appOrigin = new URL(getEnv().AUTH_URL).origin;
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if ((origin && origin !== appOrigin) || (site && site !== "same-origin" && site !== "none")) {
    throw new AppError("forbidden", "Cross-site requests are not allowed here.");
  }
  if (!origin && !site) {
    throw new AppError("forbidden", "Requests without an Origin header are not allowed here.");
  }
}

/**
 * The same check for a server action. Next compares an action's Origin with its Host, but with
 * SameSite=None cookies that must not be the only line: an action that signs in or out checks
 * the app's own origin itself.
 */
export async function assertSameOriginAction(): Promise<void> {
  assertSameOrigin({ headers: await headers() });
}
