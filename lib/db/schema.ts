import type { AdapterAccountType } from "next-auth/adapters";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// Auth.js tables (the shape @auth/drizzle-adapter expects). The Onshape access and refresh
// tokens live in `account` and nowhere else: not in cookies, not in the session.

export const users = pgTable("user", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("emailVerified", { mode: "date" }),
  image: text("image"),
});

export const accounts = pgTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    /** The Onshape user id. */
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    /** Seconds since the epoch. */
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
    /** Lifetime in seconds the current access token was issued with (Onshape: 3600). */
    tokenLifetime: integer("token_lifetime"),
    /** Set when Onshape answered invalid_grant to a refresh: the user must sign in again. */
    needsReconnect: boolean("needs_reconnect").notNull().default(false),
  },
  (account) => [primaryKey({ columns: [account.provider, account.providerAccountId] })],
);

export const sessions = pgTable(
  "session",
  {
    sessionToken: text("sessionToken").primaryKey(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date" }).notNull(),
    /**
     * A session held only in an Onshape tab's memory (where the browser keeps no cookie): its
     * lifetime is fixed, and a cookie carrying its token is refused.
     */
    memoryOnly: boolean("memory_only").notNull().default(false),
  },
  // Sign-out ends every session of a user; the sweep deletes expired ones.
  (session) => [
    index("session_user").on(session.userId),
    index("session_expires").on(session.expires),
  ],
);

export const verificationTokens = pgTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (token) => [primaryKey({ columns: [token.identifier, token.token] })],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Onshape API answers read at a version or microversion (they never change), kept per account
 * and shared by every app process.
 */
export const onshapeResponseCache = pgTable(
  "onshape_response_cache",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    contentType: text("content_type").notNull(),
    body: bytea("body").notNull(),
    size: integer("size").notNull(),
    createdAt: timestamp("created_at", { mode: "date" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { mode: "date" }).notNull(),
  },
  (entry) => [
    primaryKey({ columns: [entry.userId, entry.url] }),
    index("onshape_response_cache_age").on(entry.userId, entry.createdAt),
    // The sweep deletes expired answers (lib/db/sweep.ts).
    index("onshape_response_cache_expires").on(entry.expiresAt),
  ],
);

/**
 * Single-use hand-offs from the sign-in popup to the Onshape tab that opened it. Only hashes are
 * stored: the ticket travels once by postMessage, the nonce never leaves the tab.
 */
export const tabTickets = pgTable(
  "tab_ticket",
  {
    /** SHA-256 of the ticket (base64url). */
    ticketHash: text("ticket_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the nonce the tab generated (base64url); redeeming needs the nonce itself. */
    nonceHash: text("nonce_hash").notNull(),
    expiresAt: timestamp("expires_at", { mode: "date" }).notNull(),
    /** Set by the first redemption attempt, successful or not. */
    usedAt: timestamp("used_at", { mode: "date" }),
  },
  (ticket) => [
    index("tab_ticket_user").on(ticket.userId),
    index("tab_ticket_expires").on(ticket.expiresAt),
  ],
);

/**
 * What each element tab shows. An element tab is part of its document, so the choice belongs
 * to the document and the tab's own element id, not to a user: whoever opens the tab sees it.
 * An element of the same document has no snapshot of its own: it is shown at whatever
 * workspace or version the tab was opened at.
 */
export const tabViews = pgTable(
  "tab_view",
  {
    documentId: text("document_id").notNull(),
    tabElementId: text("tab_element_id").notNull(),
    targetDocumentId: text("target_document_id").notNull(),
    /** w, v or m for an element of another document; null: the tab's own snapshot. */
    targetWvm: text("target_wvm").$type<"w" | "v" | "m">(),
    targetWvmId: text("target_wvm_id"),
    targetElementId: text("target_element_id").notNull(),
    /** PARTSTUDIO, ASSEMBLY…: only a hint, so the content is fetched with the lookup. */
    targetKind: text("target_kind"),
    /** Onshape's configuration string as the picker gave it; "" is the default. */
    targetConfiguration: text("target_configuration").notNull().default(""),
    updatedAt: timestamp("updated_at", { mode: "date" }).notNull().defaultNow(),
  },
  (view) => [primaryKey({ columns: [view.documentId, view.tabElementId] })],
);

/**
 * 3D models (glb) exported by Onshape, per account, per element at one version or microversion
 * and configuration: a model there never changes, so a repeat view costs no Onshape call.
 * `snapshot` is "v:<versionId>" or "m:<microversionId>". Bounded per account, oldest first.
 */
export const onshapeModel = pgTable(
  "onshape_model",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    documentId: text("document_id").notNull(),
    elementId: text("element_id").notNull(),
    snapshot: text("snapshot").notNull(),
    configuration: text("configuration").notNull(),
    /** "gzip" when compressing helped, else "identity". */
    contentEncoding: text("content_encoding").notNull(),
    body: bytea("body").notNull(),
    /** Stored bytes (what the bound counts). */
    size: integer("size").notNull(),
    /** The glb's own length. */
    modelBytes: integer("model_bytes").notNull(),
    createdAt: timestamp("created_at", { mode: "date" }).notNull().defaultNow(),
  },
  (model) => [
    primaryKey({
      columns: [
        model.userId,
        model.documentId,
        model.elementId,
        model.snapshot,
        model.configuration,
      ],
    }),
    index("onshape_model_age").on(model.userId, model.createdAt),
  ],
);

/**
 * Assembly glTF translations under way, one per (account, model): any app server can advance
 * one (a lease keeps two from polling at once), and a restart loses nothing. A finished job's
 * row is deleted once its model is in `onshape_model`; a failed one stays to show its reason.
 */
export const modelJob = pgTable(
  "model_job",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    documentId: text("document_id").notNull(),
    elementId: text("element_id").notNull(),
    snapshot: text("snapshot").notNull(),
    configuration: text("configuration").notNull(),
    /** Where the translation runs: Onshape translates at a workspace or a version only. */
    wv: text("wv").$type<"w" | "v">().notNull(),
    wvId: text("wv_id").notNull(),
    state: text("state").$type<"starting" | "active" | "failed">().notNull(),
    translationId: text("translation_id"),
    externalDataId: text("external_data_id"),
    failureReason: text("failure_reason"),
    polls: integer("polls").notNull().default(0),
    nextPollAt: timestamp("next_poll_at", { mode: "date" }).notNull().defaultNow(),
    /** While set and in the future, one server is talking to Onshape about this job. */
    leaseUntil: timestamp("lease_until", { mode: "date" }),
    createdAt: timestamp("created_at", { mode: "date" }).notNull().defaultNow(),
  },
  (job) => [
    uniqueIndex("model_job_model").on(
      job.userId,
      job.documentId,
      job.elementId,
      job.snapshot,
      job.configuration,
    ),
  ],
);

/**
 * Small window counters that limit how often something may happen per user or per client
 * address (the key is a hash of both the rule and the subject), shared by every app server.
 */
export const rateLimits = pgTable(
  "rate_limit",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { mode: "date" }).notNull(),
    count: integer("count").notNull(),
  },
  (limit) => [
    primaryKey({ columns: [limit.key, limit.windowStart] }),
    index("rate_limit_window").on(limit.windowStart),
  ],
);

/**
 * Onshape API calls the app made per account (an Onshape account is one app user) and UTC
 * day, so the account page can show the yearly budget Onshape counts against. Servers add
 * their counts every few seconds (lib/onshape/usage/call-counter.ts). The last
 * X-Rate-Limit-Remaining Onshape sent rides along on the day it was seen.
 */
export const onshapeCallCounts = pgTable(
  "onshape_call_count",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** UTC day, YYYY-MM-DD. */
    day: date("day", { mode: "string" }).notNull(),
    calls: integer("calls").notNull(),
    rateLimitRemaining: integer("rate_limit_remaining"),
    rateLimitSeenAt: timestamp("rate_limit_seen_at", { mode: "date" }),
  },
  (count) => [primaryKey({ columns: [count.userId, count.day] })],
);
