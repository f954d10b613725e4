import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { fixedSecurityHeaders } from "@/lib/http/fixed-security-headers";
import { mayBeFramed, securityHeaders } from "@/lib/http/security-headers";
import { config } from "@/proxy";

const runsProxy = (path: string) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${path}` });

describe("where the proxy runs", () => {
  it("runs for every page Onshape may frame, so each gets its frame-ancestors", () => {
    const framed = ["/tab", "/tab/", "/tab/x", "/panel", "/panel/x", "/auth/error"];
    expect(framed.every(mayBeFramed)).toBe(true);
    for (const path of framed) expect(runsProxy(path), path).toBe(true);
    expect(runsProxy("/tab?documentId=nope"), "the tab's bad query gets its 400").toBe(true);
  });

  it("does not run for the other pages, which get next.config's fixed headers", () => {
    for (const path of ["/", "/documents", "/documents/x/v/y/e/z", "/api/documents", "/nope"]) {
      expect(mayBeFramed(path), path).toBe(false);
      expect(runsProxy(path), path).toBe(false);
    }
  });
});

describe("next.config.js headers", () => {
  it("give every path the headers an unframed page gets", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.source).toBe("/:path*");
    const served = Object.fromEntries(rules[0]!.headers.map(({ key, value }) => [key, value]));
    expect(served).toEqual(fixedSecurityHeaders);
    expect(served).toEqual(securityHeaders("http://127.0.0.1:4010", "/documents"));
  });
});
