import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authCookies } from "@/lib/auth/cookies";
import { badTabRequestPage } from "@/lib/tab/bad-request-page";
import {
  createNonce,
  readTicketMessage,
  redeemModeFor,
  ticketMessageType,
} from "@/lib/tab/hand-off";
import { parsePopupParams, popupPath } from "@/lib/tab/popup-params";
import { securityHeaders } from "@/lib/tab/security-headers";

const ticket = "A".repeat(43);

describe("the popup's ticket message", () => {
  const popup = {};
  const origin = "http://localhost:3000";
  const message = { type: ticketMessageType, ticket };

  it("is accepted from the app's own origin and the popup this tab opened", () => {
    expect(
      readTicketMessage({ origin, source: popup, data: message }, { origin, source: popup }),
    ).toBe(ticket);
  });

  it("is ignored from any other origin, window or shape", () => {
    const expected = { origin, source: popup };
    expect(
      readTicketMessage({ origin: "https://evil.example", source: popup, data: message }, expected),
    ).toBeNull();
    expect(readTicketMessage({ origin, source: {}, data: message }, expected)).toBeNull();
    expect(
      readTicketMessage({ origin, source: null, data: message }, { origin, source: null }),
    ).toBeNull();
    expect(
      readTicketMessage({ origin, source: popup, data: { ...message, ticket: "x" } }, expected),
    ).toBeNull();
    expect(readTicketMessage({ origin, source: popup, data: { ticket } }, expected)).toBeNull();
    expect(readTicketMessage({ origin, source: popup, data: null }, expected)).toBeNull();
  });
});

describe("nonces", () => {
  it("hash in the browser exactly as the server hashes them", async () => {
    const { nonce, nonceHash } = await createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(nonceHash).toBe(createHash("sha256").update(nonce).digest("base64url"));
    expect(
      parsePopupParams(
        new URLSearchParams(popupPath({ nonceHash, companyId: "cad" }).split("?")[1]),
      ),
    ).toEqual({
      nonceHash,
      companyId: "cad",
    });
  });

  it("the popup refuses a malformed nonce hash or company", () => {
    expect(parsePopupParams(new URLSearchParams("nonceHash=abc"))).toBeNull();
    expect(parsePopupParams(new URLSearchParams(`nonceHash=${ticket}&companyId=acme`))).toBeNull();
    expect(parsePopupParams(new URLSearchParams(`nonceHash=${ticket}`))).toEqual({
      nonceHash: ticket,
      companyId: "cad",
    });
  });
});

describe("how a redeemed ticket becomes the tab's session", () => {
  it("prefers cookies, then storage access, then memory", () => {
    expect(redeemModeFor(true, false)).toBe("cookie");
    expect(redeemModeFor(false, true)).toBe("storage-access");
    expect(redeemModeFor(false, false)).toBe("frame");
  });
});

describe("cookies and headers", () => {
  it("makes every Auth.js cookie SameSite=None; Secure; Partitioned, keeping its name", () => {
    const cookies = authCookies("http://localhost:3000")!;
    expect(cookies.sessionToken!.name).toBe("authjs.session-token");
    for (const cookie of Object.values(cookies)) {
      expect(cookie.options).toMatchObject({
        sameSite: "none",
        secure: true,
        partitioned: true,
        httpOnly: true,
      });
    }
    expect(authCookies("https://app.example.com")!.csrfToken!.name).toBe(
      "__Host-authjs.csrf-token",
    );
    expect(authCookies("https://app.example.com")!.sessionToken!.name).toBe(
      "__Secure-authjs.session-token",
    );
    // No browser keeps a Secure cookie from plain http elsewhere: Auth.js's defaults stay.
    expect(authCookies("http://192.168.1.20:3000")).toBeUndefined();
  });

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

  it("escapes what the 400 page repeats", () => {
    const html = badTabRequestPage([
      { parameter: "locale", message: 'locale "<script>" is wrong' },
    ]);
    expect(html).toContain('data-parameter="locale"');
    expect(html).not.toContain("<script>");
  });
});
