import { customFetch } from "next-auth";
import type { OAuthConfig } from "next-auth/providers";
import { z } from "zod";
import { createOnshapeAuthFetch } from "./auth-fetch";

// Onshape as an Auth.js OAuth provider. Onshape has no discovery document, so every URL is
// explicit. Credentials go in the form body (`client_secret_post`): Auth.js's default, HTTP
// Basic, form-encodes the id and secret a second time and Onshape answers 401.

const sessionInfoSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  image: z.string().nullish(),
});

export type OnshapeProfile = z.infer<typeof sessionInfoSchema>;

export type OnshapeProviderOptions = {
  clientId: string;
  clientSecret: string;
  /** e.g. https://oauth.onshape.com */
  oauthUrl: string;
  /** e.g. https://cad.onshape.com (the provider appends /api/v16) */
  apiUrl: string;
  scopes: readonly string[];
};

export function OnshapeProvider(options: OnshapeProviderOptions): OAuthConfig<OnshapeProfile> {
  const tokenUrl = `${options.oauthUrl}/oauth/token`;
  const sessionInfoUrl = `${options.apiUrl}/api/v16/users/sessioninfo`;
  const authFetch = createOnshapeAuthFetch({ tokenUrl, clientSecret: options.clientSecret });

  return {
    id: "onshape",
    name: "Onshape",
    type: "oauth",
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    // Without an explicit scope Auth.js asks for `openid profile email`, which Onshape rejects.
    authorization: {
      url: `${options.oauthUrl}/oauth/authorize`,
      params: { scope: options.scopes.join(" ") },
    },
    token: tokenUrl,
    userinfo: {
      url: sessionInfoUrl,
      // Auth.js's default userinfo request ignores the status; a 401 would sign the user in
      // with an empty profile. Fail loudly instead.
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const response = await authFetch(sessionInfoUrl, {
          headers: {
            Authorization: `Bearer ${tokens.access_token}`,
            Accept: "application/json",
          },
        });
        if (!response.ok) {
          throw new Error(`Onshape sessioninfo answered ${response.status}`);
        }
        const parsed = sessionInfoSchema.safeParse(await response.json());
        if (!parsed.success) throw new Error("Onshape sessioninfo answered without a user id");
        return parsed.data;
      },
    },
    checks: ["pkce", "state"],
    client: { token_endpoint_auth_method: "client_secret_post" },
    // The Onshape user id becomes the account's providerAccountId.
    profile(profile) {
      const name =
        profile.name ?? [profile.firstName, profile.lastName].filter(Boolean).join(" ") ?? null;
      return {
        id: profile.id,
        name: name || null,
        email: profile.email ?? null,
        image: profile.image ?? null,
      };
    },
    [customFetch]: authFetch,
  };
}
