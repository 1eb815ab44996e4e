import { randomUUID } from 'node:crypto';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from './index';
import { ReviewFixesSchema1795700000000 } from './1795700000000-review-fixes-schema.migration';

// No app here (no consumers): only the migrations, on a database holding data from before them.

describe('the review-fixes migrations on existing data', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('standards_migrations');
  });

  afterAll(async () => {
    await database?.drop();
  });

  // A migration's place is its timestamp, not its place in the list: a library's migrations come first there.
  const timestampOf = (migration: (typeof migrations)[number]): number =>
    Number(/(\d{13})$/.exec(migration.name)?.[1]);
  const connect = (below: number) =>
    migrationDataSource(
      database.url,
      migrations.filter((migration) => timestampOf(migration) < below),
    );

  it('keeps the miss of a term met late, explains every term, and turns an approved reglament’s act into its owner’s', async () => {
    const before = connect(timestampOf(ReviewFixesSchema1795700000000));
    await before.initialize();
    await before.runMigrations();
    const [owner, service, standard, version] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [metLate, open] = [randomUUID(), randomUUID()];
    await before.query(
      `INSERT INTO service_ref (id, code, name, owner_id, provider_ids, channels, delivery_form, paid, status,
         included_at, updated_at)
       VALUES ($1, 'S-1', '{"kk":"a","ru":"a"}', $2, '[]', '["provider"]', 'paper', false, 'included',
         '2026-02-20T05:00:00Z', now())`,
      [service, owner],
    );
    await before.query(
      `INSERT INTO standard (id, service_id, included_at, status) VALUES ($1, $2, '2026-02-20T05:00:00Z', 'in_force')`,
      [standard, service],
    );
    await before.query(
      `INSERT INTO standard_version (id, standard_id, number, kind, status, basis_kind, content)
       VALUES ($1, $2, 1, 'adoption', 'in_force', 'owner_discretion', '{}')`,
      [version, standard],
    );
    await before.query(
      `INSERT INTO statutory_term (id, standard_id, kind, scope, starts_at, due_date, due_at, status, met_at, missed_at)
       VALUES ($1, $3, 'public_discussion', 'standard', '2026-02-20T05:00:00Z', '2026-03-26',
               '2026-03-26T18:59:59.999Z', 'missed', '2026-04-01T05:00:00Z', '2026-03-27T00:00:00Z'),
              ($2, $3, 'standard_adoption', 'standard', '2026-02-20T05:00:00Z', '2026-05-20',
               '2026-05-20T18:59:59.999Z', 'open', NULL, NULL)`,
      [metLate, open, standard],
    );
    await before.query(
      `INSERT INTO reglament (id, standard_id, version_id, status, general_provisions, steps, interactions,
         act_kind, act_number, act_date, informatization_required, approved_at)
       VALUES ($1, $2, $3, 'approved', '{}', '[]', '{}', 'central_body_order', '145', '2026-04-10', false,
         '2026-04-10T06:00:00Z')`,
      [randomUUID(), standard, version],
    );
    // A calendar amendment the backfill counts terms with, its act still one text.
    await before.query(
      `INSERT INTO calendar_amendment (id, kind, date_from, date_to, legal_basis, recorded_at)
       VALUES ('transfer-2026-12', 'transfer', '2026-12-19', '2026-12-18', 'Приказ (тестовый)', now())`,
    );
    await before.destroy();

    const after = connect(Number.MAX_SAFE_INTEGER);
    await after.initialize();
    try {
      await after.runMigrations();
      const terms: Array<{
        id: string;
        status: string;
        missed_at: Date | null;
        skipped: Array<{ date: string }>;
      }> = await after.query(`SELECT id, status, missed_at, skipped FROM statutory_term`);
      const byId = new Map(terms.map((t) => [t.id, t]));
      expect(byId.get(metLate)).toMatchObject({ status: 'met_late' });
      expect(byId.get(metLate)?.missed_at).not.toBeNull();
      expect(byId.get(metLate)?.skipped.map((d) => d.date)).toEqual([
        '2026-03-22',
        '2026-03-23',
        '2026-03-24',
        '2026-03-25',
      ]);
      expect(byId.get(open)).toMatchObject({ status: 'open', skipped: [] });
      // Art. 5: the one stored act stands in both languages until it is recorded again.
      expect(await after.query(`SELECT legal_basis_kk, legal_basis_ru FROM calendar_amendment`)).toEqual([
        { legal_basis_kk: 'Приказ (тестовый)', legal_basis_ru: 'Приказ (тестовый)' },
      ]);
      const [reglament]: Array<{ acts: unknown }> = await after.query(`SELECT acts FROM reglament`);
      expect(reglament?.acts).toEqual([
        {
          organizationId: owner,
          actNumber: '145',
          actDate: '2026-04-10',
          approvedAt: '2026-04-10T06:00:00.000Z',
          approvedBy: null,
        },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
