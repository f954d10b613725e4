import { afterEach, describe, expect, it, vi } from "vitest";
import { requestRefresh } from "@/lib/onshape/tokens/refresh-grant";

const client = {
  tokenUrl: "http://127.0.0.1:9/oauth/token",
  clientId: "client+id=",
  clientSecret: "s3cr+t/value==",
};
const refreshToken = "refresh-token-1234567890";

afterEach(() => vi.unstubAllGlobals());

describe("the refresh step's failure reason (it is logged)", () => {
  it("scrubs the client secret and the refresh token, raw or encoded (regression)", async () => {
    const echoed = `{"error":"server_error","echo":"client_secret=${encodeURIComponent(
      client.clientSecret,
    )}&refresh_token=${refreshToken}","raw":"${client.clientSecret}"}`;
    vi.stubGlobal("fetch", async () => new Response(echoed, { status: 500 }));
    const outcome = await requestRefresh(client, refreshToken);
    expect(outcome.kind).toBe("failed");
    const reason = outcome.kind === "failed" ? outcome.reason : "";
    expect(reason).toContain("answered 500");
    expect(reason).toContain("[secret]");
    expect(reason).not.toContain(client.clientSecret);
    expect(reason).not.toContain(encodeURIComponent(client.clientSecret));
    expect(reason).not.toContain(refreshToken);
  });

  it("still tells invalid_grant apart", async () => {
    vi.stubGlobal("fetch", async () => new Response('{"error":"invalid_grant"}', { status: 400 }));
    expect(await requestRefresh(client, refreshToken)).toEqual({ kind: "invalid-grant" });
  });
});
