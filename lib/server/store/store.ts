import 'server-only';

/**
 * The one interface the apart server stores through. Each method is one atomic step (a single
 * conditional statement or one transaction), so it holds with several processes or instances over
 * one database: nothing here relies on memory.
 */
export type Role = 'a' | 'b';
export type SlotName = 'answers-a' | 'answers-b' | 'progress-a' | 'progress-b' | 'record';

export interface AgreementRow {
  readonly id: string;
  readonly inviteHash: Uint8Array;
  readonly aHash: Uint8Array;
  readonly bHash: Uint8Array | null;
  readonly rev: number;
  readonly createdAt: number;
  readonly joinedAt: number | null;
  readonly activeAt: number;
  readonly submittedAt: Readonly<Record<Role, number | null>>;
  readonly seen: Readonly<Record<Role, number>>;
}

export interface SlotRow {
  readonly name: SlotName;
  readonly rev: number;
  readonly data: Uint8Array;
}

export interface SlotWrite {
  readonly id: string;
  readonly slot: SlotName;
  /** The slot revision the write is based on (0: never written). */
  readonly baseRev: number;
  readonly data: Uint8Array;
  readonly now: number;
  /** Refuse with 'submitted' once this role has submitted (sealed answers are frozen). */
  readonly frozenFor?: Role;
  /** Mark this role as submitted in the same step (a submission carries its final answers). */
  readonly submitAs?: Role;
  /** Refuse with 'not-ready' until both have submitted (the shared record comes after the sealing). */
  readonly needsBothSubmitted?: boolean;
}

export type SlotWriteResult =
  | { readonly ok: true; readonly rev: number }
  | { readonly ok: false; readonly problem: 'not-found' | 'submitted' | 'not-ready' }
  | { readonly ok: false; readonly problem: 'stale'; readonly current: SlotRow | null };

export interface NewAgreement {
  readonly id: string;
  readonly inviteHash: Uint8Array;
  readonly aHash: Uint8Array;
  readonly now: number;
}

export interface ExpiryCutoffs {
  /** Delete agreements nobody joined that were created before this. */
  readonly unjoinedCreatedBefore: number;
  /** Delete agreements with no write since this. */
  readonly inactiveBefore: number;
  /** Delete rate-limit counters from windows before this. */
  readonly rateWindowBefore: number;
}

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  getAgreement(id: string): Promise<AgreementRow | null>;
  getSlots(id: string, names: readonly SlotName[]): Promise<SlotRow[]>;
  /** False when the id is taken. */
  createAgreement(agreement: NewAgreement): Promise<boolean>;
  /** One conditional update: the first device becomes B. False when B's place was already taken. */
  join(id: string, bHash: Uint8Array, now: number): Promise<boolean>;
  writeSlot(write: SlotWrite): Promise<SlotWriteResult>;
  /** Raises the role's seen mark to `rev` (never lowers it); null when the agreement is gone. */
  markSeen(id: string, role: Role, rev: number, now: number): Promise<number | null>;
  /** Hard delete, slots included. False when there was nothing to delete. */
  deleteAgreement(id: string): Promise<boolean>;
  /** Safe to run on every instance at once: plain conditional deletes. Returns agreements removed. */
  expire(cutoffs: ExpiryCutoffs): Promise<number>;
  /** Counts one request against each key in the window, atomically; returns each key's count. */
  hitRateLimits(keys: readonly string[], window: number): Promise<number[]>;
  /** The stored value for `key`, storing `value` first if there was none (first writer wins). */
  getOrCreateMeta(key: string, value: Uint8Array): Promise<Uint8Array>;
  close(): Promise<void>;
}
