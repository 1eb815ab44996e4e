import { DataSource, type QueryRunner } from 'typeorm';
import { withCheckDigit } from './test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from './test/registry-test-app';

/**
 * Issue 13, defect 8: two writers of one key both pass the service's check before either commits; the
 * unique index stops the second, which must hear the specific code the check answers, not `CONFLICT`.
 * The race is made certain: the first writer is the test's own transaction, held open until the request's
 * insert waits on its lock.
 */
describe('a unique key taken by a concurrent writer', () => {
  let t: RegistryTestApp;
  let writer: string;
  let rival: DataSource;
  let open: QueryRunner;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    writer = await t.token(['public-services-authority']);
    rival = await new DataSource({ type: 'postgres', url: t.database.url }).initialize();
  });

  beforeEach(async () => {
    open = rival.createQueryRunner();
    await open.startTransaction();
  });

  afterEach(async () => {
    if (open.isTransactionActive) await open.rollbackTransaction();
    await open.release();
  });

  afterAll(async () => {
    await rival?.destroy();
    await t?.close();
  });

  /** Sends the request, lets it block on the held row's lock, then commits the rival's row. */
  async function raceAgainstRival(url: string, payload: object) {
    const answer = t.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${writer}` },
    });
    for (;;) {
      const [waiting] = await rival.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if ((waiting?.count ?? 0) > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await open.commitTransaction();
    return answer;
  }

  it('answers ORGANIZATION_IIN_TAKEN when another writer registered the IIN first', async () => {
    const iin = withCheckDigit('55031510012');
    await open.query(
      `INSERT INTO organization (id, iin, name_kk, name_ru, kind, roles, region_kato, version)
       VALUES (gen_random_uuid(), $1, 'Жеке нотариус', 'Частный нотариус', 'individual-provider',
               '{provider}', '750000000', 1)`,
      [iin],
    );
    const response = await raceAgainstRival('/api/v1/registry/organizations', {
      iin,
      nameKk: 'Жеке нотариус Ахметова А.',
      nameRu: 'Частный нотариус Ахметова А.',
      kind: 'individual-provider',
      roles: ['provider'],
      regionKato: '750000000',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ORGANIZATION_IIN_TAKEN' });
    expect(response.body).not.toContain('organization_iin_key');
  });

  it('answers CLASSIFIER_CODE_TAKEN when another writer added the code first', async () => {
    await open.query(
      `INSERT INTO classifier_node (code, name_kk, name_ru) VALUES ('07', 'Білім', 'Образование')`,
    );
    const response = await raceAgainstRival('/api/v1/registry/classifier', {
      code: '07',
      nameKk: 'Білім беру',
      nameRu: 'Образование',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CLASSIFIER_CODE_TAKEN' });
    expect(response.body).not.toContain('classifier_node_pkey');
  });
});
