import { inStartUpContext } from "@/lib/start-up-context";
import { z } from "zod";
import { scrubSecrets } from "../scrub";

// The refresh-token grant at Onshape's token endpoint. Same rules as the code grant: a form
// body with every value percent-encoded exactly once (URLSearchParams does that).

const tokenSetSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
});

export type TokenSet = {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  lifetimeSec: number;
};

export type RefreshOutcome =
  | { kind: "refreshed"; tokens: TokenSet }
  /** The grant is gone (revoked, or the refresh token was already used): only sign-in helps. */
  | { kind: "invalid-grant" }
  /** Onshape unreachable, slow or broken: nothing is lost, the next request tries again. */
  | { kind: "failed"; reason: string };

export type RefreshClient = { tokenUrl: string; clientId: string; clientSecret: string };

const timeoutMs = 10_000;

export async function requestRefresh(
  client: RefreshClient,
  refreshToken: string,
): Promise<RefreshOutcome> {
  let response: Response;
  try {
    response = await inStartUpContext(() =>
      fetch(client.tokenUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: refreshToken,
          client_id: client.clientId,
          client_secret: client.clientSecret,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      }),
    );
  } catch (error) {
    const message = scrubSecrets((error as Error).message, [client.clientSecret, refreshToken]);
    return { kind: "failed", reason: `token endpoint unreachable: ${message}` };
  }
  const text = await response.text().catch(() => "");
  if (!response.ok) {
    // RFC 6749 says invalid_grant; Onshape may also use its own {message, status} shape.
    if (response.status === 400 && /invalid_grant/.test(text)) return { kind: "invalid-grant" };
    return {
      kind: "failed",
      // Scrubbed as the sign-in step's log line is: this reason is logged.
      reason: `token endpoint answered ${response.status}: ${scrubSecrets(text, [
        client.clientSecret,
        refreshToken,
      ]).slice(0, 200)}`,
    };
  }
  const parsed = tokenSetSchema.safeParse(safeJson(text));
  if (!parsed.success) return { kind: "failed", reason: "token endpoint answered without tokens" };
  return {
    kind: "refreshed",
    tokens: {
      accessToken: parsed.data.access_token,
      refreshToken: parsed.data.refresh_token,
      expiresAt: Math.floor(Date.now() / 1000) + parsed.data.expires_in,
      lifetimeSec: parsed.data.expires_in,
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
