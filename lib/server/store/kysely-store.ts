import 'server-only';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Engine } from './migrations';
import type { AgreementsTable, Database } from './schema';
import type { AgreementRow, ExpiryCutoffs, NewAgreement, Role, SlotName, SlotRow, SlotWrite, SlotWriteResult, Store } from './store';

/** bigint columns come back as number (SQLite) or string (pg); the store speaks numbers only. */
const int = (value: number | bigint | string): number => Number(value);
const intOrNull = (value: number | bigint | string | null): number | null => (value === null ? null : Number(value));
const bytes = (value: Uint8Array): Uint8Array => new Uint8Array(value.buffer, value.byteOffset, value.byteLength);

function toAgreement(row: Selectable<AgreementsTable>): AgreementRow {
  return {
    id: row.id,
    inviteHash: bytes(row.invite_hash),
    aHash: bytes(row.a_hash),
    bHash: row.b_hash ? bytes(row.b_hash) : null,
    rev: int(row.rev),
    createdAt: int(row.created_at),
    joinedAt: intOrNull(row.joined_at),
    activeAt: int(row.active_at),
    submittedAt: { a: intOrNull(row.a_submitted_at), b: intOrNull(row.b_submitted_at) },
    seen: { a: int(row.a_seen), b: int(row.b_seen) },
  };
}

const submittedColumn = (role: Role) => (role === 'a' ? 'a_submitted_at' : 'b_submitted_at');
const seenColumn = (role: Role) => (role === 'a' ? 'a_seen' : 'b_seen');

/** Any constant both engines agree on: the advisory lock that lets one instance sweep at a time. */
const EXPIRY_LOCK = 7_214_003;

/** Thrown inside a transaction to roll it back and answer with `result`. */
class Refusal {
  constructor(
    readonly result: SlotWriteResult,
    readonly needsReason = false,
  ) {}
}

/** The Store over any Kysely dialect that supports RETURNING and ON CONFLICT (SQLite ≥ 3.35, PostgreSQL). */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    readonly engine: Engine,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async getAgreement(id: string): Promise<AgreementRow | null> {
    const row = await this.db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAgreement(row) : null;
  }

  async getSlots(id: string, names: readonly SlotName[]): Promise<SlotRow[]> {
    if (names.length === 0) return [];
    const rows = await this.db
      .selectFrom('slots')
      .select(['name', 'rev', 'data'])
      .where('agreement_id', '=', id)
      .where('name', 'in', [...names])
      .execute();
    return rows.map((row) => ({ name: row.name as SlotName, rev: int(row.rev), data: bytes(row.data) }));
  }

  async createAgreement({ id, inviteHash, aHash, now }: NewAgreement): Promise<boolean> {
    const inserted = await this.db
      .insertInto('agreements')
      .values({ id, invite_hash: inviteHash, a_hash: aHash, b_hash: null, rev: 1, created_at: now, joined_at: null, active_at: now, a_submitted_at: null, b_submitted_at: null, a_seen: 0, b_seen: 0 })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async join(id: string, bHash: Uint8Array, now: number): Promise<boolean> {
    const updated = await this.db
      .updateTable('agreements')
      .set((eb) => ({ b_hash: bHash, joined_at: now, active_at: now, rev: eb('rev', '+', 1) }))
      .where('id', '=', id)
      .where('b_hash', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return updated !== undefined;
  }

  async writeSlot(write: SlotWrite): Promise<SlotWriteResult> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        // The agreement row first: its update takes the write lock (SQLite) or row lock (pg) before anything is read.
        let bump = trx
          .updateTable('agreements')
          .set((eb) => ({ rev: eb('rev', '+', 1), active_at: write.now, ...(write.submitAs ? { [submittedColumn(write.submitAs)]: write.now } : {}) }))
          .where('id', '=', write.id);
        if (write.frozenFor) bump = bump.where(submittedColumn(write.frozenFor), 'is', null);
        if (write.needsBothSubmitted) bump = bump.where('a_submitted_at', 'is not', null).where('b_submitted_at', 'is not', null);
        const bumped = await bump.returning('id').executeTakeFirst();
        // Explained after the rollback: a read through `this.db` inside the transaction would wait for itself.
        if (!bumped) throw new Refusal({ ok: false, problem: 'not-ready' }, true);

        const slot = write.baseRev === 0
          ? await trx
              .insertInto('slots')
              .values({ agreement_id: write.id, name: write.slot, rev: 1, data: write.data, updated_at: write.now })
              .onConflict((conflict) => conflict.columns(['agreement_id', 'name']).doNothing())
              .returning('rev')
              .executeTakeFirst()
          : await trx
              .updateTable('slots')
              .set((eb) => ({ rev: eb('rev', '+', 1), data: write.data, updated_at: write.now }))
              .where('agreement_id', '=', write.id)
              .where('name', '=', write.slot)
              .where('rev', '=', write.baseRev)
              .returning('rev')
              .executeTakeFirst();
        if (!slot) throw new Refusal({ ok: false, problem: 'stale', current: null });
        return { ok: true as const, rev: int(slot.rev) };
      });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.needsReason) return this.whyRefused(write);
      if (error.result.ok || error.result.problem !== 'stale') return error.result;
      // Read the slot after the rollback, so the client can re-apply its change on what is there now.
      const [current] = await this.getSlots(write.id, [write.slot]);
      return { ok: false, problem: 'stale', current: current ?? null };
    }
  }

  private async whyRefused(write: SlotWrite): Promise<SlotWriteResult> {
    const agreement = await this.getAgreement(write.id);
    if (!agreement) return { ok: false, problem: 'not-found' };
    if (write.frozenFor && agreement.submittedAt[write.frozenFor] !== null) return { ok: false, problem: 'submitted' };
    return { ok: false, problem: 'not-ready' };
  }

  async markSeen(id: string, role: Role, rev: number, now: number): Promise<number | null> {
    const column = seenColumn(role);
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('agreements')
        .set((eb) => ({ [column]: rev, rev: eb('rev', '+', 1), active_at: now }))
        .where('id', '=', id)
        .where(column, '<', rev)
        .execute();
      const row = await trx.selectFrom('agreements').select(column).where('id', '=', id).executeTakeFirst();
      return row ? int((row as Record<string, number | bigint | string>)[column] as number) : null;
    });
  }

  async deleteAgreement(id: string): Promise<boolean> {
    // The slots go with it (on delete cascade): one statement, locking the agreement row first like every write does.
    const deleted = await this.db.deleteFrom('agreements').where('id', '=', id).returning('id').executeTakeFirst();
    return deleted !== undefined;
  }

  async expire({ unjoinedCreatedBefore, inactiveBefore, rateWindowBefore }: ExpiryCutoffs): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      // On PostgreSQL one instance sweeps at a time and the others skip this round (the lock ends with the
      // transaction). SQLite has one writer anyway. Either way each delete re-checks its condition on the
      // row it locks, so a copy written to at this moment is kept.
      if (this.engine === 'postgres') {
        const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${EXPIRY_LOCK}) as locked`.execute(trx);
        if (!rows[0]?.locked) return 0;
      }
      const removed = await trx
        .deleteFrom('agreements')
        .where((eb) => eb.or([eb.and([eb('joined_at', 'is', null), eb('created_at', '<', unjoinedCreatedBefore)]), eb('active_at', '<', inactiveBefore)]))
        .returning('id')
        .execute();
      await trx.deleteFrom('rate_limits').where('window_start', '<', rateWindowBefore).execute();
      return removed.length;
    });
  }

  async hitRateLimits(keys: readonly string[], window: number): Promise<number[]> {
    if (keys.length === 0) return [];
    // Rows in one order for every request, so two upserts never wait on each other in a cycle.
    const sorted = [...new Set(keys)].sort();
    // One atomic statement for all keys (no transaction needed): a new window starts the count again at 1.
    const rows = await this.db
      .insertInto('rate_limits')
      .values(sorted.map((key) => ({ key, window_start: window, count: 1 })))
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          count: sql`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
          window_start: sql`excluded.window_start`,
        }),
      )
      .returning(['key', 'count'])
      .execute();
    const counts = new Map(rows.map((row) => [row.key, int(row.count)]));
    return keys.map((key) => counts.get(key) ?? Number.MAX_SAFE_INTEGER);
  }

  async getOrCreateMeta(key: string, value: Uint8Array): Promise<Uint8Array> {
    await this.db.insertInto('meta').values({ key, value }).onConflict((conflict) => conflict.column('key').doNothing()).execute();
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
    return bytes(row.value);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}
