import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createNonce,
  readTicketMessage,
  redeemModeFor,
  ticketMessageType,
} from "@/lib/extension/hand-off";
import { parsePopupParams, popupPath } from "@/lib/extension/popup-params";

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
