// The OAuth client `npm run demo` and the tests register with the local Onshape. Like real
// Onshape credentials they end in `=` and contain `+` and `/`, so any encoding slip in the
// token request fails here exactly as it would against Onshape.
export const demoClient = {
  id: "kT7+Yq2/OnshapeDemoAppClientId9Q==",
  secret: "S3cr+Et/Zm9yLWRlbW8+dXNl/LocalOnly4Tests==",
  scopes: ["OAuth2ReadPII", "OAuth2Read", "OAuth2Write"],
} as const;
