import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CalendarStore } from '@kzps/calendar-store';
import { ApplicationsEventTypes, type OrganizationUpsertedV1, type StandardInForceV1 } from '@kzps/contracts';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  handled,
  inputTopics,
  organizationUpserted,
  publish,
  standardAmended,
  startService,
  type RunningService,
} from '../test/harness';
import { TestClock } from '@kzps/testing';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import { standardItemId } from '../read-model/standard-content-ids';
import type { ApplicationReceipt, IntakeRefusalReceipt } from './receipt';
import { newTrackingNumber } from './tracking-number';

// The draw stays random; a test can make one draw repeat a number already taken (a collision is otherwise
// one in 2^50).
jest.mock('./tracking-number', () => {
  const actual = jest.requireActual<typeof import('./tracking-number')>('./tracking-number');
  return { ...actual, newTrackingNumber: jest.fn(actual.newTrackingNumber) };
});

// Thursday 19 March 2026, 10:00 in Astana: five working days counted from the day of acceptance run over
// Nauryz (21-23 March) and the days off moved from it (24-25 March).
const acceptedAt = new Date('2026-03-19T05:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

describe('intake (Art. 12, 14)', () => {
  let service: RunningService;
  let app: NestFastifyApplication;
  let kafka: Kafka;
  let call: RunningService['call'];
  let standard: StandardInForceV1;
  const clock = new TestClock(acceptedAt);

  const documentIds = (of: StandardInForceV1, ...indexes: number[]): string[] =>
    indexes.map((i) => standardItemId(of.versionId, 'documents', i));
  const pscBody = (of: StandardInForceV1, overrides: object = {}) => ({
    serviceId: of.serviceId,
    channel: 'psc',
    recipient: { iin: '900315401233' },
    documentIds: documentIds(of, 0, 1, 2),
    identificationMethod: 'identity_document',
    ...overrides,
  });
  const count = async (table: string): Promise<number> => {
    const [row]: Array<{ n: number }> = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM ${table}`);
    return row?.n ?? 0;
  };
  const written = async () => ({
    applications: await count('application'),
    refusals: await count('intake_refusal'),
    outbox: await count('outbox_message'),
    audit: await count('audit_record'),
  });

  /** The registry deactivates an organisation a minute after acceptance; the service has taken it in. */
  const deactivate = async (organization: (typeof organizations)['psc']): Promise<void> => {
    const upserted = organizationUpserted(organization, new Date(acceptedAt.getTime() + 60_000));
    const deactivated = {
      ...upserted,
      data: { ...(upserted.data as OrganizationUpsertedV1), active: false },
    };
    await publish(kafka, inputTopics.organizations, [deactivated]);
    await handled(app, [deactivated]);
  };

  beforeAll(async () => {
    service = await startService('applications_intake', clock);
    ({ app, kafka, call } = service);
    await publishOrganizations(app, kafka, organizations, acceptedAt);
    standard = await publishServiceInForce(app, kafka, organizations, acceptedAt);
  }, 60_000);

  afterAll(() => service?.stop());

  it('counts the day of acceptance at a PSC (Art. 14.1) and ends the term where libs/calendar does, across Nauryz', async () => {
    clock.set(acceptedAt);
    const response = await call('POST', '/api/v1/applications', callers.operator, pscBody(standard));
    expect(response.statusCode).toBe(201);
    const receipt = response.json<ApplicationReceipt>();
    const expected = app.get(CalendarStore).current().term({
      start: acceptedAt,
      amount: 5,
      unit: 'working_days',
      startDayCounts: true,
    });
    expect(receipt.dueDate).toBe(expected.dueDate);
    expect(receipt.dueDate).toBe('2026-03-30');
    expect(receipt.skipped.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['holiday', 'holiday_shift', 'weekend']),
    );
    // Art. 5.5.5: the result at the PSC by the end of the working day before the last one.
    expect(receipt.handoverDueAt).toBe('2026-03-27T18:59:59.999Z');
    expect(receipt.trackingNumber).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}-[0-9A-Z]$/);
    expect(receipt.text.kk).toContain(receipt.trackingNumber);
    expect(receipt.text.ru).toContain('30 марта 2026 г.');

    const [row]: Array<Record<string, unknown>> = await app.get(DataSource).query(
      `SELECT status, psc_id, psc_branch, region_kato, identification_method, standard_version_id
           FROM application WHERE id = $1`,
      [receipt.applicationId],
    );
    expect(row).toEqual({
      status: 'accepted',
      psc_id: organizations.psc.id,
      psc_branch: 'astana-esil-01',
      region_kato: '710000000',
      identification_method: 'identity_document',
      standard_version_id: standard.versionId,
    });
    const [event]: Array<{ payload: Record<string, unknown> }> = await app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        ApplicationsEventTypes.submitted,
        receipt.applicationId,
      ]);
    expect(event?.payload).toMatchObject({
      channel: 'psc',
      pscOrganizationId: organizations.psc.id,
      providerOrganizationId: organizations.ministry.id,
      ownerOrganizationId: organizations.ministry.id,
      regionKato: '710000000',
      dueDate: '2026-03-30',
      term: standard.term,
      recipientIdNumber: '900315401233',
    });
  });

  it('shows the standard in force with the ids a desk names the documents by (Art. 7.6: public)', async () => {
    const response = await call('GET', `/api/v1/applications/services/${standard.serviceId}/standard`);
    expect(response.statusCode).toBe(200);
    expect(response.json<{ versionId: string; documents: Array<{ id: string }> }>()).toMatchObject({
      versionId: standard.versionId,
      documents: documentIds(standard, 0, 1, 2).map((id) => ({ id })),
    });
  });

  it('stores the written consent to the operator signing the request (Art. 14.4)', async () => {
    const response = await call(
      'POST',
      '/api/v1/applications',
      callers.operator,
      pscBody(standard, { operatorSignatureConsent: { consentFormNumber: 'С-2026/0412' } }),
    );
    expect(response.statusCode).toBe(201);
    const [row]: Array<{ consent: Record<string, unknown> }> = await app
      .get(DataSource)
      .query(`SELECT operator_signature_consent AS consent FROM application WHERE id = $1`, [
        response.json<ApplicationReceipt>().applicationId,
      ]);
    expect(row?.consent).toMatchObject({ consentFormNumber: 'С-2026/0412', operatorSubject: 'operator-1' });
  });

  it('refuses an incomplete document set at intake naming each missing document, and records the refusal (Art. 14.2)', async () => {
    const before = await written();
    const response = await call(
      'POST',
      '/api/v1/applications',
      callers.operator,
      pscBody(standard, { documentIds: documentIds(standard, 0) }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ code: string; intakeRefusal: IntakeRefusalReceipt }>();
    expect(problem.code).toBe('DOCUMENTS_INCOMPLETE');
    expect(problem.intakeRefusal.missingDocuments.map((d) => d.name.ru)).toEqual([
      'Документ, удостоверяющий личность',
      'Свидетельство о рождении ребенка',
    ]);
    expect(problem.intakeRefusal.text.kk).toContain('Жеке басын куәландыратын құжат');
    expect(problem.intakeRefusal.text.ru).toContain('Свидетельство о рождении ребенка');
    const after = await written();
    expect(after.applications).toBe(before.applications);
    expect(after.refusals).toBe(before.refusals + 1);
    const [event]: Array<{ payload: { missingDocumentIds: string[] } }> = await app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        ApplicationsEventTypes.intakeRefused,
        problem.intakeRefusal.intakeRefusalId,
      ]);
    expect(event?.payload.missingDocumentIds).toEqual(documentIds(standard, 1, 2));
  });

  it("accepts at the provider's desk only from an officer of that provider", async () => {
    const body = pscBody(standard, { channel: 'provider' });
    expect((await call('POST', '/api/v1/applications', callers.ministryOfficer, body)).statusCode).toBe(201);
    const stranger = await call('POST', '/api/v1/applications', callers.akimatOfficer, body);
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json<{ code: string }>().code).toBe('CHANNEL_NOT_FOR_CALLER');
  });

  it('refuses a channel the standard does not provide, and an operator of another kind of centre', async () => {
    const pscOnly = await publishServiceInForce(app, kafka, organizations, acceptedAt, { channels: ['psc'] });
    const atProvider = await call(
      'POST',
      '/api/v1/applications',
      callers.ministryOfficer,
      pscBody(pscOnly, { channel: 'provider' }),
    );
    expect(atProvider.json<{ code: string }>()).toMatchObject({ code: 'CHANNEL_NOT_ALLOWED', status: 422 });
    const specialised = await call(
      'POST',
      '/api/v1/applications',
      callers.operator,
      pscBody(standard, { channel: 'specialised_psc' }),
    );
    expect(specialised.json<{ code: string }>()).toMatchObject({ code: 'PSC_UNKNOWN', status: 403 });
    const right = await call(
      'POST',
      '/api/v1/applications',
      callers.specialisedOperator,
      pscBody(standard, { channel: 'specialised_psc' }),
    );
    expect(right.statusCode).toBe(201);
  });

  it('draws a taken tracking number again and writes the application, its history, event and audit once', async () => {
    clock.set(acceptedAt);
    const first = (
      await call('POST', '/api/v1/applications', callers.operator, pscBody(standard))
    ).json<ApplicationReceipt>();
    // The rare collision, forced: the next draw repeats the first application's number.
    const draw = jest.mocked(newTrackingNumber);
    draw.mockClear();
    draw.mockReturnValueOnce(first.trackingNumber);
    const before = await written();
    const response = await call('POST', '/api/v1/applications', callers.operator, pscBody(standard));
    expect(response.statusCode).toBe(201);
    const second = response.json<ApplicationReceipt>();
    expect(draw).toHaveBeenCalledTimes(2);
    expect(second.trackingNumber).not.toBe(first.trackingNumber);
    expect(await written()).toEqual({
      ...before,
      applications: before.applications + 1,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
    });
    const [rows]: Array<{ history: number; events: number; audits: number }> = await app
      .get(DataSource)
      .query(
        `SELECT (SELECT count(*)::int FROM application_status_change WHERE application_id = $1) AS history,
                (SELECT count(*)::int FROM outbox_message WHERE message_key = $1::text) AS events,
                (SELECT count(*)::int FROM audit_record WHERE resource_id = $1::text) AS audits`,
        [second.applicationId],
      );
    expect(rows).toEqual({ history: 1, events: 1, audits: 1 });
  });

  it("keeps the pinned term after the standard is amended; a new application takes the amendment's", async () => {
    const service = await publishServiceInForce(app, kafka, organizations, acceptedAt);
    clock.set(acceptedAt);
    const before = (
      await call('POST', '/api/v1/applications', callers.operator, pscBody(service))
    ).json<ApplicationReceipt>();
    const amendment = {
      ...service,
      versionId: randomUUID(),
      versionNumber: 2,
      term: { value: 10, unit: 'working_days', acceptanceDayCounts: true },
      supersededVersionId: service.versionId,
    };
    const amended = standardAmended(amendment, acceptedAt);
    await publish(kafka, inputTopics.standards, [amended]);
    await handled(app, [amended]);

    const [pinned]: Array<{ term: { value: number }; due_date: string; standard_version_id: string }> =
      await app
        .get(DataSource)
        .query(
          `SELECT term, to_char(due_date, 'YYYY-MM-DD') AS due_date, standard_version_id FROM application WHERE id = $1`,
          [before.applicationId],
        );
    expect(pinned).toEqual({
      term: service.term,
      due_date: before.dueDate,
      standard_version_id: service.versionId,
    });
    // The old version's documents are no longer the ones in force.
    const stale = await call('POST', '/api/v1/applications', callers.operator, pscBody(service));
    expect(stale.json<{ code: string }>().code).toBe('DOCUMENT_NOT_IN_STANDARD');
    const after = await call('POST', '/api/v1/applications', callers.operator, pscBody(amendment));
    expect(after.json<ApplicationReceipt>().term.value).toBe(10);
  });

  it('judges each intake on the registry as it is: a PSC deactivated after an intake takes no more (Art. 14)', async () => {
    const own = testOrganizations();
    await publishOrganizations(app, kafka, own, acceptedAt);
    const ownService = await publishServiceInForce(app, kafka, own, acceptedAt);
    const operator = testCallers(own).operator;
    clock.set(acceptedAt);
    const accepted = await call('POST', '/api/v1/applications', operator, pscBody(ownService));
    expect(accepted.statusCode).toBe(201);
    await deactivate(own.psc);

    const before = await written();
    const refused = await call('POST', '/api/v1/applications', operator, pscBody(ownService));
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ code: string }>().code).toBe('PSC_UNKNOWN');
    expect(await written()).toEqual(before);
  });

  it('writes intakes arriving together in shared statements: each once with its own rows, each on its own desk', async () => {
    const open = testOrganizations();
    const closing = testOrganizations();
    await publishOrganizations(app, kafka, open, acceptedAt);
    await publishOrganizations(app, kafka, closing, acceptedAt);
    const openService = await publishServiceInForce(app, kafka, open, acceptedAt);
    const closingService = await publishServiceInForce(app, kafka, closing, acceptedAt);
    clock.set(acceptedAt);
    // Each desk has taken one already, so the next ones are judged on what it read then, in the write itself.
    for (const [world, of] of [
      [open, openService],
      [closing, closingService],
    ] as const) {
      const first = await call('POST', '/api/v1/applications', testCallers(world).operator, pscBody(of));
      expect(first.statusCode).toBe(201);
    }
    await deactivate(closing.psc);

    const before = await written();
    const submit = (world: typeof open, of: StandardInForceV1) =>
      call('POST', '/api/v1/applications', testCallers(world).operator, pscBody(of));
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () => submit(open, openService)),
      ...Array.from({ length: 2 }, () => submit(closing, closingService)),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201, 201, 403, 403]);
    const accepted = answers.slice(0, 6).map((a) => a.json<ApplicationReceipt>());
    expect(new Set(accepted.map((a) => a.applicationId)).size).toBe(6);
    expect(new Set(accepted.map((a) => a.trackingNumber)).size).toBe(6);
    expect(await written()).toEqual({
      ...before,
      applications: before.applications + 6,
      outbox: before.outbox + 6,
      audit: before.audit + 6,
    });
    const rows: Array<{ history: number; events: number; audits: number }> = await app.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM application_status_change WHERE application_id = a.id) AS history,
              (SELECT count(*)::int FROM outbox_message WHERE message_key = a.id::text) AS events,
              (SELECT count(*)::int FROM audit_record WHERE resource_id = a.id::text) AS audits
         FROM application a WHERE a.id = ANY($1::uuid[])`,
      [accepted.map((a) => a.applicationId)],
    );
    expect(rows).toEqual(Array.from({ length: 6 }, () => ({ history: 1, events: 1, audits: 1 })));
  });

  it("refuses a recipient's IIN or BIN sent as null with 400: each is a valid number or absent", async () => {
    for (const recipient of [{ iin: null }, { bin: null }, { iin: null, bin: '190840004325' }]) {
      const before = await written();
      const response = await call(
        'POST',
        '/api/v1/applications',
        callers.operator,
        pscBody(standard, { recipient }),
      );
      expect({ recipient, status: response.statusCode }).toEqual({ recipient, status: 400 });
      expect(response.json<{ code: string }>().code).toBe('VALIDATION_FAILED');
      expect(await written()).toEqual(before);
    }
  });

  describe('bad input gets a 4xx problem naming it, and nothing is written', () => {
    const cases: Array<[string, () => object, number, string]> = [
      ['a wrong type', () => pscBody(standard, { documentIds: 'all' }), 400, 'VALIDATION_FAILED'],
      ['an unknown field', () => pscBody(standard, { priority: 'urgent' }), 400, 'VALIDATION_FAILED'],
      [
        'an invalid IIN',
        () => pscBody(standard, { recipient: { iin: '900315401234' } }),
        400,
        'VALIDATION_FAILED',
      ],
      ['no recipient', () => pscBody(standard, { recipient: {} }), 400, 'RECIPIENT_IDENTIFIER_REQUIRED'],
      ['an unknown service', () => pscBody(standard, { serviceId: randomUUID() }), 422, 'SERVICE_UNKNOWN'],
      [
        'documents of another standard',
        () => pscBody(standard, { documentIds: [standardItemId(randomUUID(), 'documents', 0)] }),
        422,
        'DOCUMENT_NOT_IN_STANDARD',
      ],
      [
        'no identification (Art. 14.3)',
        () => pscBody(standard, { identificationMethod: undefined }),
        422,
        'IDENTIFICATION_METHOD_REQUIRED',
      ],
      [
        'a huge body',
        () => pscBody(standard, { documentIds: Array.from({ length: 3_000 }, () => randomUUID()) }),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    it.each(cases)('%s', async (_what, body, status, code) => {
      const before = await written();
      const response = await call('POST', '/api/v1/applications', callers.operator, body());
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ code: string }>().code).toBe(code);
      expect(await written()).toEqual(before);
    });
  });
});
