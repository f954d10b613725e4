import { describe, expect, it } from "vitest";
import { authCookies } from "@/lib/auth/cookies";

describe("Auth.js cookies", () => {
  it("makes every Auth.js cookie SameSite=None; Secure; Partitioned, keeping its name", () => {
    const cookies = authCookies("http://localhost:3000");
    expect(cookies.sessionToken.name).toBe("authjs.session-token");
    for (const cookie of Object.values(cookies)) {
      expect(cookie.options).toMatchObject({
        sameSite: "none",
        secure: true,
        partitioned: true,
        httpOnly: true,
      });
    }
    expect(authCookies("https://app.example.com").csrfToken.name).toBe("__Host-authjs.csrf-token");
    expect(authCookies("https://app.example.com").sessionToken.name).toBe(
      "__Secure-authjs.session-token",
    );
    // No browser keeps a Secure cookie from plain http elsewhere: first-party, Lax, not Secure.
    for (const cookie of Object.values(authCookies("http://192.168.1.20:3000"))) {
      expect(cookie.options).toMatchObject({ sameSite: "lax", secure: false, httpOnly: true });
    }
  });
});
