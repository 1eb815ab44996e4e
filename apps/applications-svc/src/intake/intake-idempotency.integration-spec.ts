import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { StandardInForceV1 } from '@kzps/contracts';
import { IDEMPOTENT_REPLAY_HEADER } from '@kzps/db';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { standardItemId } from '../read-model/standard-content-ids';
import { startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import type { ApplicationReceipt, IntakeRefusalReceipt } from './receipt';

const acceptedAt = new Date('2026-03-19T05:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

/** D20, D33: a desk or the portal that lost the answer to an intake retries it with the same Idempotency-Key. */
describe('intake retried with an Idempotency-Key (D20, D33; issue 13)', () => {
  let service: RunningService;
  let app: NestFastifyApplication;
  let call: RunningService['call'];
  let standard: StandardInForceV1;
  const clock = new TestClock(acceptedAt);

  const documentIds = (...indexes: number[]): string[] =>
    indexes.map((i) => standardItemId(standard.versionId, 'documents', i));
  const pscBody = (overrides: object = {}) => ({
    serviceId: standard.serviceId,
    channel: 'psc',
    recipient: { iin: '900315401233' },
    documentIds: documentIds(0, 1, 2),
    identificationMethod: 'identity_document',
    ...overrides,
  });
  const submit = (key: string, body: object) =>
    call('POST', '/api/v1/applications', callers.operator, body, { 'idempotency-key': key });
  const count = async (sql: string, ...params: unknown[]): Promise<number> => {
    const [row]: Array<{ n: number }> = await app.get(DataSource).query(sql, params);
    return row?.n ?? 0;
  };
  const applicationsNumbered = (trackingNumber: string) =>
    count(`SELECT count(*)::int AS n FROM application WHERE tracking_number = $1`, trackingNumber);
  const written = async () => ({
    applications: await count(`SELECT count(*)::int AS n FROM application`),
    refusals: await count(`SELECT count(*)::int AS n FROM intake_refusal`),
    outbox: await count(`SELECT count(*)::int AS n FROM outbox_message`),
    audit: await count(`SELECT count(*)::int AS n FROM audit_record`),
  });

  beforeAll(async () => {
    service = await startService('applications_intake_idempotency', clock);
    ({ app, call } = service);
    await publishOrganizations(app, service.kafka, organizations, acceptedAt);
    standard = await publishServiceInForce(app, service.kafka, organizations, acceptedAt);
  }, 60_000);

  afterAll(() => service?.stop());

  it('makes one application of an accepted intake retried with the same key, answering the same receipt', async () => {
    const before = await written();
    const first = await submit('intake-accepted-1', pscBody());
    const retry = await submit('intake-accepted-1', pscBody());
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(first.headers[IDEMPOTENT_REPLAY_HEADER]).toBeUndefined();
    expect(retry.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true');
    const receipt = first.json<ApplicationReceipt>();
    expect(retry.json<ApplicationReceipt>()).toEqual(receipt);
    expect(await applicationsNumbered(receipt.trackingNumber)).toBe(1);
    const after = await written();
    expect(after.applications).toBe(before.applications + 1);
    expect(after.outbox).toBe(before.outbox + 1);
  });

  it('records one Art. 14.2 refusal of an incomplete set retried with the same key, and replays its 422', async () => {
    const before = await written();
    const incomplete = pscBody({ documentIds: documentIds(0) });
    const first = await submit('intake-refused-1', incomplete);
    const retry = await submit('intake-refused-1', incomplete);
    expect(first.statusCode).toBe(422);
    expect(retry.statusCode).toBe(422);
    expect(retry.headers['content-type']).toContain('application/problem+json');
    expect(retry.headers[IDEMPOTENT_REPLAY_HEADER]).toBe('true');
    type Refused = { code: string; intakeRefusal: IntakeRefusalReceipt; missingDocumentIds: string[] };
    const refused = first.json<Refused>();
    expect(refused.code).toBe('DOCUMENTS_INCOMPLETE');
    const replayed = retry.json<Refused>();
    expect(replayed.code).toBe('DOCUMENTS_INCOMPLETE');
    expect(replayed.intakeRefusal).toEqual(refused.intakeRefusal);
    expect(replayed.missingDocumentIds).toEqual(documentIds(1, 2));
    // The refusal, its event and its audit record were committed once, with the key's answer.
    const after = await written();
    expect(after.refusals).toBe(before.refusals + 1);
    expect(after.outbox).toBe(before.outbox + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(after.applications).toBe(before.applications);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM intake_refusal WHERE id = $1`,
        refused.intakeRefusal.intakeRefusalId,
      ),
    ).toBe(1);
  });

  it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    expect((await submit('intake-reused-1', pscBody())).statusCode).toBe(201);
    const before = await written();
    const other = await submit('intake-reused-1', pscBody({ recipient: { iin: '850101300123' } }));
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json<{ code: string }>().code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A refused first answer binds its key too: the completed set is a new request with a new key.
    expect((await submit('intake-reused-2', pscBody({ documentIds: documentIds(0) }))).statusCode).toBe(422);
    const completed = await submit('intake-reused-2', pscBody());
    expect(completed.json<{ code: string }>().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = await written();
    expect(after.applications).toBe(before.applications);
    expect(after.refusals).toBe(before.refusals + 1);
  });

  it('makes one application of identical retries sent at once, each answered with its receipt', async () => {
    const before = await written();
    const answers = await Promise.all([1, 2, 3].map(() => submit('intake-concurrent-1', pscBody())));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
    const receipts = answers.map((a) => a.json<ApplicationReceipt>());
    expect(new Set(receipts.map((r) => r.applicationId)).size).toBe(1);
    expect(answers.filter((a) => a.headers[IDEMPOTENT_REPLAY_HEADER] === 'true')).toHaveLength(2);
    expect((await written()).applications).toBe(before.applications + 1);
  });

  it('records one refusal of identical incomplete-set retries sent at once (Art. 14.2)', async () => {
    const before = await written();
    const incomplete = pscBody({ documentIds: documentIds(0, 1) });
    const answers = await Promise.all([1, 2, 3].map(() => submit('intake-concurrent-2', incomplete)));
    expect(answers.map((a) => a.statusCode)).toEqual([422, 422, 422]);
    const ids = answers.map(
      (a) => a.json<{ intakeRefusal: IntakeRefusalReceipt }>().intakeRefusal.intakeRefusalId,
    );
    expect(new Set(ids).size).toBe(1);
    expect((await written()).refusals).toBe(before.refusals + 1);
  });
});
