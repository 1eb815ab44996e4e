import type { StandardInForceV1 } from '@kzps/contracts';
import { signDetached, TestPki, type KeyHolder } from '@kzps/signature';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { TestClock } from '@kzps/testing';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import { standardItemId } from '../read-model/standard-content-ids';
import type { ApplicationReceipt } from './receipt';

// Monday 6 April 2026, 11:00 in Astana.
const now = new Date('2026-04-06T06:00:00Z');
const year2026 = { validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2026-12-31T00:00:00Z') };
const organizations = testOrganizations();
const callers = testCallers(organizations);

describe('electronic intake (Art. 15)', () => {
  let service: RunningService;
  let standard: StandardInForceV1;
  let citizenKey: KeyHolder;
  let otherCitizenKey: KeyHolder;
  let expiredKey: KeyHolder;
  let revokedKey: KeyHolder;
  let companyKey: KeyHolder;
  const clock = new TestClock(now);

  /** The portal's request: electronically the third document is optional (a per-channel rule). */
  const body = (): Record<string, unknown> => ({
    serviceId: standard.serviceId,
    channel: 'electronic',
    documentIds: [0, 1].map((i) => standardItemId(standard.versionId, 'documents', i)),
  });
  const signed = async (content: Record<string, unknown>, key: KeyHolder) => ({
    ...content,
    signature: await signDetached(content as never, key, { signingTime: now }),
  });
  const applications = async (): Promise<number> => {
    const [row]: Array<{ n: number }> = await service.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM application`);
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    const pki = await TestPki.create('Applications', {
      validFrom: new Date('2025-01-01T00:00:00Z'),
      validTo: new Date('2030-01-01T00:00:00Z'),
    });
    citizenKey = await pki.issue({ ...year2026, iin: '900315401233' });
    otherCitizenKey = await pki.issue({ ...year2026, iin: '850101300124' });
    expiredKey = await pki.issue({
      validFrom: new Date('2025-01-01T00:00:00Z'),
      validTo: new Date('2026-01-01T00:00:00Z'),
      iin: '900315401233',
    });
    revokedKey = await pki.issue({ ...year2026, iin: '900315401233' });
    companyKey = await pki.issue({ ...year2026, bin: '190840004325', iin: '850101300124' });
    const crl = await pki.crl({
      revoked: [{ holder: revokedKey, at: new Date('2026-03-01T00:00:00Z') }],
      thisUpdate: new Date('2026-03-01T00:00:00Z'),
      nextUpdate: new Date('2026-12-01T00:00:00Z'),
    });
    service = await startService('applications_electronic', clock, {
      signature: {
        kind: 'in-process',
        trust: { trustAnchors: [pki.root.pem], intermediates: [pki.issuingCa.pem], crls: [crl] },
      },
    });
    await publishOrganizations(service.app, service.kafka, organizations, now);
    standard = await publishServiceInForce(service.app, service.kafka, organizations, now);
  }, 60_000);

  afterAll(() => service?.stop());

  it('accepts a request signed by the applicant, and keeps the signature with it (Art. 15.2)', async () => {
    const response = await service.call(
      'POST',
      '/api/v1/applications',
      callers.citizen,
      await signed(body(), citizenKey),
    );
    expect(response.statusCode).toBe(201);
    const receipt = response.json<ApplicationReceipt>();
    // Electronically the day of acceptance does not count: 5 working days from Tuesday 7 April.
    expect(receipt.dueDate).toBe('2026-04-13');
    const [row]: Array<Record<string, unknown>> = await service.app.get(DataSource).query(
      `SELECT recipient_id_number, identification_method, request_signature->>'certificateSerial' AS serial
           FROM application WHERE id = $1`,
      [receipt.applicationId],
    );
    expect(row).toEqual({
      recipient_id_number: '900315401233',
      identification_method: 'digital_signature',
      serial: citizenKey.serialNumber,
    });
  });

  it("accepts a company's request signed with its BIN's certificate", async () => {
    const response = await service.call(
      'POST',
      '/api/v1/applications',
      callers.company,
      await signed(body(), companyKey),
    );
    expect(response.statusCode).toBe(201);
  });

  const refusals: Array<[string, () => Promise<Record<string, unknown>>, number, string]> = [
    ['signed by another IIN', async () => signed(body(), otherCitizenKey), 422, 'SIGNER_NOT_APPLICANT'],
    [
      'signed with an expired certificate',
      async () => signed(body(), expiredKey),
      422,
      'CERTIFICATE_EXPIRED',
    ],
    ['signed with a revoked certificate', async () => signed(body(), revokedKey), 422, 'CERTIFICATE_REVOKED'],
    [
      'changed after signing',
      async () => ({
        ...(await signed(body(), citizenKey)),
        providerOrganizationId: organizations.ministry.id,
      }),
      422,
      'SIGNATURE_CONTENT_MISMATCH',
    ],
    ['not signed at all', async () => body(), 422, 'SIGNATURE_REQUIRED'],
  ];
  it.each(refusals)('refuses a request %s, writing nothing', async (_what, request, status, code) => {
    const before = await applications();
    const response = await service.call('POST', '/api/v1/applications', callers.citizen, await request());
    expect(response.statusCode).toBe(status);
    expect(response.json<{ code: string; localizedTitle: { kk: string; ru: string } }>()).toMatchObject({
      code,
    });
    expect(await applications()).toBe(before);
  });

  it('takes electronic applications only from the recipient themself', async () => {
    const response = await service.call(
      'POST',
      '/api/v1/applications',
      callers.operator,
      await signed(body(), citizenKey),
    );
    expect(response.json<{ code: string }>()).toMatchObject({ code: 'CHANNEL_NOT_FOR_CALLER', status: 403 });
  });
});
