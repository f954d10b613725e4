import { createRequire } from "node:module";
import path from "node:path";
import pino, { type Logger, type LoggerOptions } from "pino";

// One JSON line per event on stdout (pretty in development). Log calls pass only what an
// operator needs; the redaction below is a second line of defence, so a token, secret, code or
// cookie that reached a log call by mistake still never reaches a log line.

const redactedKeys = [
  "authorization",
  "cookie",
  "set-cookie",
  "token",
  "access_token",
  "refresh_token",
  "accessToken",
  "refreshToken",
  "client_secret",
  "clientSecret",
  "code",
  "code_verifier",
  "password",
  "secret",
];

const globalForLog = globalThis as typeof globalThis & { onshapeAppLogger?: Logger };

function createLogger(): Logger {
  const pretty = process.env.NODE_ENV === "development" && process.env.LOG_FORMAT !== "json";
  const options: LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { pid: process.pid },
    redact: {
      paths: [...redactedKeys, ...redactedKeys.map((key) => `*.${key}`)],
      censor: "[redacted]",
    },
  };
  if (!pretty) return pino(options);
  // A development-only package, loaded at run time; synchronous, so a line written just
  // before the process exits is not lost.
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const prettyStream = load("pino-pretty") as (o: object) => NodeJS.WritableStream;
  return pino(options, prettyStream({ colorize: true, sync: true }));
}

/** The process's logger (one instance even though Next.js bundles server code several times). */
export function log(): Logger {
  globalForLog.onshapeAppLogger ??= createLogger();
  return globalForLog.onshapeAppLogger;
}
