import { randomUUID } from 'node:crypto';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from './index';
import { ReglamentInformationSystemInKazakhAndRussian1796526107732 } from './1796526107732-reglament-information-system-in-kazakh-and-russian.migration';

// Issue 14, defect 9: a reglament drafted before the change named each step's information system in one string.

describe('the reglament information-system migration on existing reglaments', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('standards_reglament_information_system');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('Art. 5, 11.1.3: gives each stored step its information system in Kazakh and Russian', async () => {
    const before = migrationDataSource(
      database.url,
      migrations.slice(0, migrations.indexOf(ReglamentInformationSystemInKazakhAndRussian1796526107732)),
    );
    await before.initialize();
    await before.runMigrations();
    const [standard, version, reglament] = [randomUUID(), randomUUID(), randomUUID()];
    await before.query(
      `INSERT INTO standard (id, service_id, included_at, status) VALUES ($1, $2, '2026-02-20T05:00:00Z', 'in_force')`,
      [standard, randomUUID()],
    );
    await before.query(
      `INSERT INTO standard_version (id, standard_id, number, kind, status, basis_kind, content)
       VALUES ($1, $2, 1, 'adoption', 'in_force', 'owner_discretion', '{}')`,
      [version, standard],
    );
    const step = { title: { kk: 'Қабылдау', ru: 'Приём' }, duration: { value: 1, unit: 'working_days' } };
    await before.query(
      `INSERT INTO reglament (id, standard_id, version_id, status, general_provisions, steps, interactions,
                              act_kind, informatization_required)
       VALUES ($1, $2, $3, 'draft', '{"kk":"Ережелер","ru":"Положения"}', $4, '{}', 'central_body_order', false)`,
      [
        reglament,
        standard,
        version,
        JSON.stringify([
          { ...step, order: 1, informationSystem: 'ИИС ЦОН' },
          { ...step, order: 2, informationSystem: null },
        ]),
      ],
    );
    await before.destroy();

    const after = migrationDataSource(database.url, migrations);
    await after.initialize();
    await after.runMigrations();
    const [row] = await after.query<Array<{ steps: unknown }>>(`SELECT steps FROM reglament WHERE id = $1`, [
      reglament,
    ]);
    await after.destroy();
    expect(row?.steps).toEqual([
      { ...step, order: 1, informationSystem: { kk: 'ИИС ЦОН', ru: 'ИИС ЦОН' } },
      { ...step, order: 2, informationSystem: null },
    ]);
  });
});
