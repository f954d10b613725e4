import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("lets only Onshape frame the app", () => {
    expect(securityHeaders("http://127.0.0.1:4010")).toEqual({
      "Content-Security-Policy":
        "frame-ancestors 'self' https://*.onshape.com http://127.0.0.1:4010",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders("https://cad.onshape.com")["Content-Security-Policy"]).toBe(
      "frame-ancestors 'self' https://*.onshape.com",
    );
  });
});
