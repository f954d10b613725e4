import { z } from "zod";
import { isLoopbackUrl } from "./http/loopback";

// Every setting the server reads, checked once at start-up. A bad value stops the server with
// one message that lists every problem, instead of a confusing failure at the first sign-in.

const knownScopes = [
  "OAuth2ReadPII",
  "OAuth2Read",
  "OAuth2Write",
  "OAuth2Delete",
  "OAuth2Purchase",
  "OAuth2Share",
] as const;

// Plain http is allowed only on this machine (the local Onshape); anything else carries tokens.
const baseUrl = (what: string) =>
  z
    .url({ error: `${what} must be an absolute URL such as https://cad.onshape.com`, abort: true })
    .transform((value) => new URL(value))
    .refine(
      (url) => url.protocol === "https:" || (url.protocol === "http:" && isLoopbackUrl(url)),
      {
        error: `${what} must use https (plain http is allowed only for localhost)`,
      },
    )
    .refine((url) => url.pathname === "/" && !url.search && !url.hash, {
      error: `${what} must be an origin without a path, query or fragment`,
    })
    .transform((url) => url.origin);

export const defaultPgliteDir = ".data/pglite";

const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, {
    error: "DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use PGlite)",
  })
  .optional();

const schema = z.object({
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is missing: generate one with `openssl rand -base64 33`" })
    .min(32, { error: "AUTH_SECRET must be at least 32 characters" }),
  AUTH_URL: z
    .url({ error: "AUTH_URL is missing or not a URL: the app's public base URL", abort: true })
    .refine(
      (value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol),
      {
        error: "AUTH_URL must be an http(s) URL",
      },
    ),
  AUTH_ONSHAPE_ID: z
    .string({ error: "AUTH_ONSHAPE_ID is missing: the OAuth client id from Onshape" })
    .min(1, { error: "AUTH_ONSHAPE_ID is empty" })
    .refine((value) => !/%[0-9a-f]{2}/i.test(value), {
      error: "AUTH_ONSHAPE_ID looks percent-encoded: paste it exactly as Onshape shows it",
    }),
  AUTH_ONSHAPE_SECRET: z
    .string({ error: "AUTH_ONSHAPE_SECRET is missing: the OAuth client secret from Onshape" })
    .min(1, { error: "AUTH_ONSHAPE_SECRET is empty" })
    .refine((value) => !/%[0-9a-f]{2}/i.test(value), {
      error: "AUTH_ONSHAPE_SECRET looks percent-encoded: paste it exactly as Onshape shows it",
    }),
  ONSHAPE_OAUTH_URL: baseUrl("ONSHAPE_OAUTH_URL").default("https://oauth.onshape.com"),
  ONSHAPE_API_URL: baseUrl("ONSHAPE_API_URL").default("https://cad.onshape.com"),
  ONSHAPE_SCOPES: z
    .string()
    .default("OAuth2ReadPII OAuth2Read")
    .transform((value) => value.split(/\s+/).filter(Boolean))
    .refine((scopes) => scopes.length > 0, { error: "ONSHAPE_SCOPES is empty" })
    .refine((scopes) => scopes.every((s) => (knownScopes as readonly string[]).includes(s)), {
      error: `ONSHAPE_SCOPES may only contain ${knownScopes.join(", ")}`,
    }),
  // Asked for only when a user presses "Allow editing"; the app must be registered with them.
  ONSHAPE_EDIT_SCOPES: z
    .string()
    .default("")
    .transform((value) => value.split(/\s+/).filter(Boolean))
    .refine((scopes) => scopes.every((s) => (knownScopes as readonly string[]).includes(s)), {
      error: `ONSHAPE_EDIT_SCOPES may only contain ${knownScopes.join(", ")}`,
    }),
  DATABASE_URL: databaseUrl,
  PGLITE_DIR: z.string().min(1).default(defaultPgliteDir),
  METRICS_TOKEN: z
    .string()
    .min(24, {
      error: "METRICS_TOKEN must be at least 24 characters (unset it to turn metrics off)",
    })
    .optional(),
  SHUTDOWN_GRACE_SEC: z.coerce
    .number({ error: "SHUTDOWN_GRACE_SEC must be a number of seconds" })
    .int({ error: "SHUTDOWN_GRACE_SEC must be a whole number of seconds" })
    .min(1, { error: "SHUTDOWN_GRACE_SEC must be between 1 and 3600" })
    .max(3600, { error: "SHUTDOWN_GRACE_SEC must be between 1 and 3600" })
    .default(30),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The app cannot start: ${problems.length} setting(s) need attention:\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        "\nSee .env.example and the README's Configuration section.",
    );
    this.name = "EnvError";
  }
}

/** Reads the settings from `source`, treating empty strings as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(present);
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => issue.message));
  return result.data;
}

/** Only the database settings (`npm run db:migrate` needs no Onshape or Auth.js settings). */
export function parseDatabaseEnv(source: Record<string, string | undefined>) {
  const result = z
    .object({ DATABASE_URL: databaseUrl, PGLITE_DIR: z.string().min(1).default(defaultPgliteDir) })
    .safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!result.success) throw new EnvError(result.error.issues.map((issue) => issue.message));
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
