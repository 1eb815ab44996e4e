import { randomUUID } from 'node:crypto';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from './index';
import { NoticeSourceInKazakhAndRussian1796523600000 } from './1796523600000-notice-source-in-kazakh-and-russian.migration';

// Issue 14, defect 9: a completion notice published before the change named each source in English words.

describe('the notice-source migration on existing notices', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('standards_notice_source');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('Art. 9.4: gives each stored proposal source in Kazakh and Russian, keeping the identifier as stored', async () => {
    const before = migrationDataSource(
      database.url,
      migrations.slice(0, migrations.indexOf(NoticeSourceInKazakhAndRussian1796523600000)),
    );
    await before.initialize();
    await before.runMigrations();
    const [standard, version, notice] = [randomUUID(), randomUUID(), randomUUID()];
    await before.query(
      `INSERT INTO standard (id, service_id, included_at, status) VALUES ($1, $2, '2026-02-20T05:00:00Z', 'agreement')`,
      [standard, randomUUID()],
    );
    await before.query(
      `INSERT INTO standard_version (id, standard_id, number, kind, status, basis_kind, content)
       VALUES ($1, $2, 1, 'adoption', 'agreement', 'owner_discretion', '{}')`,
      [version, standard],
    );
    await before.query(
      `INSERT INTO discussion_notice (id, standard_id, version_id, published_at, revised_draft_url, entries, sent_to)
       VALUES ($1, $2, $3, now(), 'https://egov.kz/d/1', $4, '[]')`,
      [
        notice,
        standard,
        version,
        JSON.stringify([
          { proposalId: 'a', source: 'individual ********0123', outcome: 'accepted' },
          { proposalId: 'b', source: 'legal_entity 123456789012', outcome: 'rejected' },
        ]),
      ],
    );
    await before.destroy();

    const after = migrationDataSource(database.url, migrations);
    await after.initialize();
    await after.runMigrations();
    const [row] = await after.query<Array<{ entries: unknown }>>(
      `SELECT entries FROM discussion_notice WHERE id = $1`,
      [notice],
    );
    await after.destroy();
    expect(row?.entries).toEqual([
      {
        proposalId: 'a',
        source: { kk: 'Жеке тұлға, ЖСН ********0123', ru: 'Физическое лицо, ИИН ********0123' },
        outcome: 'accepted',
      },
      {
        proposalId: 'b',
        source: { kk: 'Заңды тұлға, БСН 123456789012', ru: 'Юридическое лицо, БИН 123456789012' },
        outcome: 'rejected',
      },
    ]);
  });
});
