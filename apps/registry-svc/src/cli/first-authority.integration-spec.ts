import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RegistryEventTypes } from '@kzps/contracts';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { DomainError } from '@kzps/platform';
import { createTestDatabase, TestClock, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { withCheckDigit } from '../test/registry-fixtures';
import { registryTestConfig, startRegistryReplica } from '../test/registry-test-app';
import { designateFirstAuthority } from './first-authority';

// D38 bootstrap: a registry started without the demo seed has no public-services authority, and every write,
// creating an organisation too, needs one; the operator records the first one with this CLI.

const bin = withCheckDigit('21014000201');
const args = (overrides: Record<string, string> = {}): string[] =>
  Object.entries({
    bin,
    'name-kk': 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    'name-ru':
      'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
    'act-kind': 'government-resolution',
    'act-number': '501',
    'act-date': '2019-07-12',
    'act-title-kk': 'Қазақстан Республикасы Үкіметінің 2019 жылғы 12 шілдедегі № 501 қаулысы',
    'act-title-ru': 'Постановление Правительства Республики Казахстан от 12 июля 2019 года № 501',
    actor: 'operator-1',
    ...overrides,
  }).flatMap(([name, value]) => [`--${name}`, value]);

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('the first public-services authority, recorded by the operator (D38, Art. 6.3)', () => {
  let database: TestDatabase;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;
  let db: DataSource;
  const clock = new TestClock(new Date('2026-03-02T05:00:00Z'));

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);

  beforeEach(async () => {
    database = await createTestDatabase('registry_first_authority');
    issuer = await startTestIssuer();
    // Started as a production registry is: no demo seed, so no designated body.
    app = await startRegistryReplica(registryTestConfig(database, issuer), clock);
    db = app.get(DataSource);
  });

  afterEach(async () => {
    await app?.close();
    await issuer?.close();
    await database?.drop();
  });

  it('records the body, its act, the audit and the event in one go, and its officers can then write', async () => {
    const { organization, designation } = await designateFirstAuthority(app, args());
    expect(organization).toMatchObject({
      bin,
      kind: 'central-state-body',
      roles: ['public-services-authority'],
      version: 1,
    });
    expect(designation).toMatchObject({
      organizationId: organization.id,
      roles: ['public-services-authority'],
      act: { kind: 'government-resolution', number: '501', date: '2019-07-12' },
      recordedBy: 'operator-1',
    });
    const audit = await db.query<Array<{ action: string; actor_subject: string }>>(
      `SELECT action, actor_subject FROM audit_record WHERE resource_id = $1 ORDER BY occurred_at, action`,
      [organization.id],
    );
    expect(audit.map((row) => row.action).sort()).toEqual([
      'organization.authority-roles',
      'organization.created',
    ]);
    expect(audit.every((row) => row.actor_subject === 'operator-1')).toBe(true);
    expect(
      await count(`outbox_message WHERE event_type = $1 AND message_key = $2`, [
        RegistryEventTypes.organizationUpserted,
        organization.id,
      ]),
    ).toBe(1);

    const officer = await issuer.token({
      subject: 'officer-1',
      roles: ['public-services-authority'],
      organizationId: organization.id,
    });
    const write = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/api/v1/registry/organizations',
        headers: { authorization: `Bearer ${officer}` },
        payload: {
          bin: withCheckDigit('21014000202'),
          nameKk: 'Қазақстан Республикасының Әділет министрлігі',
          nameRu: 'Министерство юстиции Республики Казахстан',
          kind: 'central-state-body',
          roles: ['service-owner'],
        },
      });
    expect(write.statusCode).toBe(201);
  });

  it('refuses a second run with 409 once a public-services authority is designated, writing nothing', async () => {
    const { organization } = await designateFirstAuthority(app, args());
    const second = await refusal(designateFirstAuthority(app, args({ bin: withCheckDigit('21014000203') })));
    expect(second.spec.status).toBe(409);
    expect(second.code).toBe('ORGANIZATION_AUTHORITY_ALREADY_DESIGNATED');
    expect(second.extensions).toMatchObject({ organizationIds: [organization.id] });
    expect(await count('organization')).toBe(1);
    expect(await count('authority_designation')).toBe(1);
  });

  it('refuses an act dated after today (2026-03-02 in Almaty), and a blank or missing field, naming it and writing nothing', async () => {
    const future = await refusal(designateFirstAuthority(app, args({ 'act-date': '2026-03-03' })));
    expect([future.spec.status, future.code]).toEqual([400, 'ORGANIZATION_DESIGNATION_ACT_IN_FUTURE']);
    const blank = await refusal(designateFirstAuthority(app, args({ 'name-ru': '   ' })));
    const missing = await refusal(
      designateFirstAuthority(
        app,
        args().filter(
          (_arg, index, all) => all[index] !== '--act-number' && all[index - 1] !== '--act-number',
        ),
      ),
    );
    for (const [error, field] of [
      [blank, 'nameRu'],
      [missing, 'act.number'],
    ] as const) {
      expect([error.spec.status, error.code]).toEqual([400, 'VALIDATION_FAILED']);
      const errors = (error.extensions as { errors: Array<{ field: string }> }).errors;
      expect(errors.map((e) => e.field)).toContain(field);
    }
    expect(await count('organization')).toBe(0);
    expect(await count('authority_designation')).toBe(0);
    expect(await count('audit_record')).toBe(0);
  });
});
