import 'server-only';

/**
 * The tables, as Kysely sees them. Written for SQLite and PostgreSQL alike: bytes are `blob` or
 * `bytea` (see migrations.ts), counters and times (ms since 1970) are `bigint`, which SQLite hands
 * back as a number and pg as a string, so the mapper in kysely-store.ts normalises them.
 */
type Int = number | bigint | string;

export interface AgreementsTable {
  id: string;
  invite_hash: Uint8Array;
  a_hash: Uint8Array;
  b_hash: Uint8Array | null;
  /** Bumped by every change: the status poll's ETag. */
  rev: Int;
  created_at: Int;
  joined_at: Int | null;
  /** The last write by either partner: abandoned copies expire from here. */
  active_at: Int;
  a_submitted_at: Int | null;
  b_submitted_at: Int | null;
  a_seen: Int;
  b_seen: Int;
}

export interface SlotsTable {
  agreement_id: string;
  name: string;
  rev: Int;
  data: Uint8Array;
  updated_at: Int;
}

export interface RateLimitsTable {
  key: string;
  /** `window` is a reserved word in PostgreSQL. */
  window_start: Int;
  count: Int;
}

export interface MetaTable {
  key: string;
  value: Uint8Array;
}

export interface Database {
  agreements: AgreementsTable;
  slots: SlotsTable;
  rate_limits: RateLimitsTable;
  meta: MetaTable;
}
