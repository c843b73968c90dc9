// The database schema, one file: users seen, revoked sessions, the discrepancy index, decisions,
// notes, the append-only event log, and what the sync knows of Sitoo Shipments. Server-only; migrations beside it in lib/db/migrations (drizzle-kit).
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Everyone who can be an actor or an assignee: AUTH_USERS names and OIDC users who signed in. */
export const users = pgTable("users", {
  name: text("name").primaryKey(),
  displayName: text("display_name").notNull(),
  /** "password" or "oidc". */
  provider: text("provider").notNull(),
  lastSeenAt: at("last_seen_at").notNull().defaultNow(),
  /** "Sign out everywhere": sessions that began before this are refused. */
  sessionsValidAfter: at("sessions_valid_after"),
  /** The role of their latest sign-in (AUTH_USERS or the provider's groups decide it). */
  role: text("role"),
  /** Blocked by an admin: refused on the next request and at sign-in. */
  blocked: boolean("blocked").notNull().default(false),
  /** Single sign-on: the e-mail when the provider verified it, and `preferred_username`; shown only. */
  email: text("email"),
  username: text("username"),
  /** A single sign-on name from before identities were `oidc:<sub>`: whose history this is now. */
  mergedInto: text("merged_into"),
});

/** Sessions signed out before they expired; kept until they would have expired anyway. */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_expiry_idx").on(t.expiresAt)],
);

/** Every discrepancy the server has seen in a search answer: what the worklist lists. */
export const discrepancies = pgTable(
  "discrepancies",
  {
    /** The photo's whole entity_id: `shipment|sku|reason|discrepancy`, or an unrecognised key. */
    entityId: text("entity_id").primaryKey(),
    shipmentId: text("shipment_id").notNull(),
    sku: text("sku"),
    reasonCode: text("reason_code"),
    discrepancyId: text("discrepancy_id"),
    photoCount: integer("photo_count").notNull(),
    firstSeenAt: at("first_seen_at").notNull().defaultNow(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
  },
  (t) => [
    index("discrepancies_shipment_idx").on(t.shipmentId),
    // The worklist's order (oldest first) and its keyset cursor.
    index("discrepancies_worklist_idx").on(t.firstSeenAt, t.entityId),
  ],
);

/** What is being done about a discrepancy. No row: `open` at version 0. */
export const decisions = pgTable(
  "decisions",
  {
    entityId: text("entity_id").primaryKey(),
    shipmentId: text("shipment_id").notNull(),
    status: text("status").notNull(),
    assignee: text("assignee"),
    claimParty: text("claim_party"),
    claimReference: text("claim_reference"),
    /** Minor units (öre, cents). */
    claimAmount: bigint("claim_amount", { mode: "number" }),
    claimCurrency: char("claim_currency", { length: 3 }),
    /** What came back: minor units, currency, the credit note or payment reference, the day. */
    recoveryAmount: bigint("recovery_amount", { mode: "number" }),
    recoveryCurrency: char("recovery_currency", { length: 3 }),
    recoveryReference: text("recovery_reference"),
    recoveryAt: date("recovery_at", { mode: "string" }),
    version: integer("version").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [
    index("decisions_shipment_idx").on(t.shipmentId),
    index("decisions_status_idx").on(t.status),
    index("decisions_assignee_idx").on(t.assignee),
  ],
);

/** Notes are appended, never edited or deleted. */
export const notes = pgTable(
  "notes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    entityId: text("entity_id").notNull(),
    author: text("author").notNull(),
    at: at("at").notNull().defaultNow(),
    text: text("text").notNull(),
  },
  (t) => [index("notes_entity_idx").on(t.entityId, t.id)],
);

/** The audit trail. A trigger (migration 0001) refuses UPDATE and DELETE. */
export const events = pgTable(
  "events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: at("at").notNull().defaultNow(),
    actor: text("actor").notNull(),
    shipmentId: text("shipment_id"),
    entityId: text("entity_id"),
    kind: text("kind").notNull(),
    data: jsonb("data").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("events_shipment_idx").on(t.shipmentId, t.id), index("events_entity_idx").on(t.entityId, t.id)],
);

/**
 * Sitoo Shipments records the sync (or a review page) has read, one per media shipment ID. When
 * two Sitoo shipments carry the same key, the one created last wins.
 */
export const shipments = pgTable(
  "shipments",
  {
    /** The media key's shipmentId (SITOO_SHIPMENT_KEY_FIELD of the record). */
    shipmentId: text("shipment_id").primaryKey(),
    sitooId: text("sitoo_id").notNull(),
    state: text("state").notNull(),
    version: integer("version"),
    createdAt: at("created_at"),
    modifiedAt: at("modified_at"),
    arrivedAt: at("arrived_at"),
    /** observed | estimated_delivery | created (see lib/shipments/model.ts). */
    arrivalSource: text("arrival_source"),
    carrierDeadline: at("carrier_deadline"),
    supplierDeadline: at("supplier_deadline"),
    destinationWarehouseId: integer("destination_warehouse_id"),
    /** Carrier, origin, destination, warehouse ids and lines, as lib/sitoo/shipments.ts reduces them. */
    record: jsonb("record").notNull(),
    /** When the sync last searched this shipment's photos; null: not yet. */
    photosIndexedAt: at("photos_indexed_at"),
    photoCount: integer("photo_count"),
    syncedAt: at("synced_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("shipments_sitoo_id_idx").on(t.sitooId), index("shipments_arrived_idx").on(t.arrivedAt)],
);

/** One row per sync run: what the worklist says about the last one. */
export const syncRuns = pgTable(
  "sync_runs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    trigger: text("trigger").notNull(),
    startedAt: at("started_at").notNull().defaultNow(),
    finishedAt: at("finished_at"),
    /** null while running. */
    ok: boolean("ok"),
    calls: integer("calls").notNull().default(0),
    listed: integer("listed").notNull().default(0),
    searched: integer("searched").notNull().default(0),
    discrepancies: integer("discrepancies").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    errorCode: text("error_code"),
    error: text("error"),
  },
  (t) => [index("sync_runs_started_idx").on(t.startedAt)],
);

/** Small named values the sync keeps between runs (per-state watermarks, the claim windows used). */
export const syncState = pgTable("sync_state", {
  name: text("name").primaryKey(),
  value: text("value"),
  at: at("at"),
});

/**
 * Sign-in attempt counts shared by every instance on this database when there is no Redis
 * (rate-limiter-flexible's PostgreSQL store; its columns and names are the library's).
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

/**
 * Evidence links: a read-only view of one shipment (or part of it) for one outside party, opened
 * without an account. Only the token's SHA-256 is kept; the token itself is shown once.
 */
export const links = pgTable(
  "links",
  {
    id: text("id").primaryKey(),
    /** SHA-256 of the token, hex. */
    tokenHash: char("token_hash", { length: 64 }).notNull(),
    shipmentId: text("shipment_id").notNull(),
    /** supplier | carrier | insurer. */
    party: text("party").notNull(),
    recipient: text("recipient").notNull(),
    /** `{ sku?, reason?, discrepancy? }`: what of the shipment it shows. */
    scope: jsonb("scope").notNull(),
    /** en | sv. */
    language: text("language").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    revokedAt: at("revoked_at"),
    revokedBy: text("revoked_by"),
    views: integer("views").notNull().default(0),
    lastViewedAt: at("last_viewed_at"),
    /** The claim e-mail sent with the link (`Mail`), or null when none was asked for. */
    mail: jsonb("mail"),
  },
  (t) => [
    uniqueIndex("links_token_idx").on(t.tokenHash),
    index("links_shipment_idx").on(t.shipmentId, t.createdAt),
    index("links_created_idx").on(t.createdAt, t.id),
  ],
);

/** Every open of an evidence link: the page, a photo, the pack or the report. */
export const linkViews = pgTable(
  "link_views",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    linkId: text("link_id").notNull(),
    at: at("at").notNull().defaultNow(),
    /** page | photo | pack | report. */
    what: text("what").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("link_views_link_idx").on(t.linkId, t.id)],
);
