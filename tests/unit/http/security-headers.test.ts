import { describe, expect, it } from "vitest";
import { mayBeFramed, securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("lets only Onshape frame the tab", () => {
    expect(securityHeaders("http://127.0.0.1:4010", "/tab")).toEqual({
      "Content-Security-Policy":
        "frame-ancestors 'self' https://*.onshape.com http://127.0.0.1:4010",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders("https://cad.onshape.com", "/tab")["Content-Security-Policy"]).toBe(
      "frame-ancestors 'self' https://*.onshape.com",
    );
  });

  it("lets nobody frame any other page (regression: every page could be framed)", () => {
    for (const path of ["/", "/documents", "/tab/popup", "/api/auth/signout", "/tabs", "/x/tab"]) {
      expect(securityHeaders("http://127.0.0.1:4010", path)["Content-Security-Policy"], path).toBe(
        "frame-ancestors 'none'",
      );
    }
  });

  it("knows which pages Onshape shows in its own", () => {
    expect(["/tab", "/panel", "/auth/error"].every(mayBeFramed)).toBe(true);
    expect(["/tab/popup", "/tab/popup/x", "/tabx", "/auth/errors"].some(mayBeFramed)).toBe(false);
  });
});
