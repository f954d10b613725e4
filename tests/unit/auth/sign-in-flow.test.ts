import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seededUsers } from "@/emulator/users";
import { accounts } from "@/lib/db/schema";
import { log } from "@/lib/ops/logger";
import {
  callbackUrl,
  setUpAuthHarness,
  setUpTestDatabase,
  type AuthHarness,
} from "../support/auth-harness";

const ada = seededUsers[0]!;
const harnesses = setUpAuthHarness(setUpTestDatabase());
let harness: AuthHarness;
beforeEach(() => {
  harness = harnesses.current;
});

describe("the token request the Onshape provider sends", () => {
  it("percent-encodes the =, + and / of the client id and secret exactly once, in the form body", async () => {
    const { authorizeUrl, callback, response } = await harness.signIn(ada.id);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost:3999/");

    const [request] = harness.emulator.state.tokenRequests;
    expect(harness.emulator.state.tokenRequests).toHaveLength(1);
    expect(request!.headers["content-type"]).toBe(
      "application/x-www-form-urlencoded;charset=UTF-8",
    );
    expect(request!.headers.authorization).toBeUndefined();

    const verifier = new URLSearchParams(request!.body).get("code_verifier") ?? "";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    expect(authorizeUrl.searchParams.get("code_challenge")).toBe(challenge);
    expect(authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(request!.body).toBe(
      "redirect_uri=http%3A%2F%2Flocalhost%3A3999%2Fapi%2Fauth%2Fcallback%2Fonshape" +
        `&code=${callback.searchParams.get("code")}` +
        `&code_verifier=${verifier}` +
        "&grant_type=authorization_code" +
        "&client_id=kT7%2BYq2%2FOnshapeDemoAppClientId9Q%3D%3D" +
        "&client_secret=S3cr%2BEt%2FZm9yLWRlbW8%2BdXNl%2FLocalOnly4Tests%3D%3D",
    );
  });

  it("asks Onshape for explicit Onshape scopes, with state and PKCE", async () => {
    const authorizeUrl = await harness.startSignIn();
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(
      `${harness.emulator.url}/oauth/authorize`,
    );
    expect(authorizeUrl.searchParams.get("scope")).toBe("OAuth2ReadPII OAuth2Read");
    expect(authorizeUrl.searchParams.get("response_type")).toBe("code");
    expect(authorizeUrl.searchParams.get("redirect_uri")).toBe(callbackUrl);
    expect(authorizeUrl.searchParams.get("state")).toMatch(/.{20,}/);
  });
});

describe("tokens stay in the database", () => {
  it("stores the tokens on the account keyed by the Onshape user id, and never in the session", async () => {
    await harness.signIn(ada.id);
    const live = await liveTokens(harness, ada.id);
    const [row] = await harness.db
      .select()
      .from(accounts)
      .where(eq(accounts.providerAccountId, ada.id));
    expect(row?.access_token).toBe(live.accessTokens[0]);
    expect(row?.refresh_token).toBe(live.refreshTokens[0]);

    const session = await (await harness.call("/api/auth/session")).text();
    expect(JSON.parse(session).user).toEqual({
      id: expect.any(String),
      name: ada.name,
      email: ada.email,
      image: expect.any(String),
    });
    for (const token of [...live.accessTokens, ...live.refreshTokens]) {
      expect(session).not.toContain(token);
      expect([...harness.jar.values()].join(";")).not.toContain(token);
    }
  });

  it("replaces the stored tokens when an existing account signs in again", async () => {
    await harness.signIn(ada.id);
    const first = await liveTokens(harness, ada.id);
    harness.jar.clear();
    await harness.signIn(ada.id);
    const [row] = await harness.db
      .select()
      .from(accounts)
      .where(eq(accounts.providerAccountId, ada.id));
    expect(row?.access_token).not.toBe(first.accessTokens[0]);
    const current = await liveTokens(harness, ada.id);
    expect(current.accessTokens).toContain(row?.access_token);
    expect(current.refreshTokens).toContain(row?.refresh_token);
  });
});

describe("failed sign-ins", () => {
  it("names the token step and Onshape's answer in the log without the secret when the secret is wrong", async () => {
    const errors = vi.spyOn(log(), "error");
    harness = await harnesses.replace({ clientSecret: "S3cr+Et/WrongSecret==" });
    const { response } = await harness.signIn(ada.id);
    expect(response.headers.get("location")).toMatch(
      /\/auth\/error\?error=Configuration&reason=token-rejected$/,
    );
    const lines = errors.mock.calls.map((args) => JSON.stringify(args)).join("\n");
    expect(lines).toContain("token step failed: POST");
    expect(lines).toContain("answered 401");
    expect(lines).not.toContain("WrongSecret");
  });

  it("fails loudly when sessioninfo answers 401", async () => {
    await fetch(`${harness.emulator.url}/__emulator/faults`, {
      method: "POST",
      body: JSON.stringify({
        faults: [{ target: "sessionInfo", kind: "status", status: 401, remaining: 1 }],
      }),
    });
    const { response } = await harness.signIn(ada.id);
    expect(response.headers.get("location")).toMatch(/reason=profile-failed$/);
    expect(await harness.db.select().from(accounts)).toHaveLength(0);
  });

  it("refuses a callback whose state does not match", async () => {
    const authorizeUrl = await harness.startSignIn();
    const callback = await harness.decide(authorizeUrl, "allow", ada.id);
    callback.searchParams.set("state", "forged");
    const response = await harness.call(`${callback.pathname}${callback.search}`);
    expect(response.headers.get("location")).toMatch(/reason=state-mismatch$/);
  });

  it("reports Deny as the user's choice", async () => {
    const authorizeUrl = await harness.startSignIn();
    const callback = await harness.decide(authorizeUrl, "deny", ada.id);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    const response = await harness.call(`${callback.pathname}${callback.search}`);
    expect(response.headers.get("location")).toMatch(
      /\/auth\/error\?error=OAuthCallbackError&reason=denied$/,
    );
  });
});

async function liveTokens(h: AuthHarness, userId: string) {
  const response = await fetch(`${h.emulator.url}/__emulator/tokens?userId=${userId}`);
  return (await response.json()) as { accessTokens: string[]; refreshTokens: string[] };
}
