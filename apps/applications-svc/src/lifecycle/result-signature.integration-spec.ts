import { createHash } from 'node:crypto';
import type { StandardInForceV1 } from '@kzps/contracts';
import { signDetached, TestPki, type KeyHolder } from '@kzps/signature';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { ApplicationView } from '../applications/application.view';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import { startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import { resultSignedContent } from './result-signature';

// Tuesday 7 April 2026, 11:00 in Astana.
const now = new Date('2026-04-07T06:00:00Z');
const year2026 = { validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2026-12-31T00:00:00Z') };
const organizations = testOrganizations();
const callers = testCallers(organizations);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** An application view or a problem document: the test reads either. */
type Answer = Record<string, unknown>;

describe("the provider's signature on an electronic result (Art. 15.3, 5.3.2)", () => {
  let service: RunningService;
  let standard: StandardInForceV1;
  let ministryKey: KeyHolder;
  let akimatKey: KeyHolder;
  let officerPersonalKey: KeyHolder;
  let expiredMinistryKey: KeyHolder;
  const clock = new TestClock(now);

  const accept = async (): Promise<string> => {
    const response = await service.call('POST', '/api/v1/applications', callers.operator, {
      serviceId: standard.serviceId,
      channel: 'psc',
      recipient: { iin: '900315401233' },
      documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
      identificationMethod: 'identity_document',
    });
    expect(response.statusCode).toBe(201);
    return response.json<ApplicationReceipt>().applicationId;
  };
  const record = async (
    applicationId: string,
    documentSha256: string,
    providerSignature: string,
  ): Promise<{ statusCode: number; body: Answer }> => {
    const response = await service.call(
      'POST',
      `/api/v1/applications/${applicationId}/result`,
      callers.ministryOfficer,
      { form: 'electronic_document', documentSha256, providerSignature },
    );
    return { statusCode: response.statusCode, body: response.json<Answer>() };
  };
  const signResult = (applicationId: string, documentSha256: string, key: KeyHolder) =>
    signDetached(resultSignedContent(applicationId, documentSha256), key, { signingTime: now });
  const statusOf = async (applicationId: string): Promise<string> =>
    (
      await service.call('GET', `/api/v1/applications/${applicationId}`, callers.ministryOfficer)
    ).json<ApplicationView>().status;

  beforeAll(async () => {
    const pki = await TestPki.create('Results', {
      validFrom: new Date('2025-01-01T00:00:00Z'),
      validTo: new Date('2030-01-01T00:00:00Z'),
    });
    ministryKey = await pki.issue({ ...year2026, bin: organizations.ministry.bin, iin: '850101300124' });
    akimatKey = await pki.issue({ ...year2026, bin: organizations.akimat.bin, iin: '850101300124' });
    officerPersonalKey = await pki.issue({ ...year2026, iin: '850101300124' });
    expiredMinistryKey = await pki.issue({
      validFrom: new Date('2025-01-01T00:00:00Z'),
      validTo: new Date('2026-01-01T00:00:00Z'),
      bin: organizations.ministry.bin,
    });
    service = await startService('applications_result_signature', clock, {
      signature: {
        kind: 'in-process',
        trust: { trustAnchors: [pki.root.pem], intermediates: [pki.issuingCa.pem], crls: [] },
      },
    });
    await publishOrganizations(service.app, service.kafka, organizations, now);
    standard = await publishServiceInForce(service.app, service.kafka, organizations, now);
  }, 60_000);

  afterAll(() => service?.stop());

  it("records an electronic result signed with the provider organisation's certificate, keeping the certificate", async () => {
    const applicationId = await accept();
    const hash = sha256('Анықтама / Справка №1');
    const { statusCode, body } = await record(
      applicationId,
      hash,
      await signResult(applicationId, hash, ministryKey),
    );
    expect({ statusCode, code: body.code }).toEqual({ statusCode: 200, code: undefined });
    expect(body).toMatchObject({
      status: 'result_ready',
      result: { form: 'electronic_document', documentSha256: hash },
    });
    const [stored]: Array<{ serial: string; verifiedAt: string }> = await service.app.get(DataSource).query(
      `SELECT result->>'providerCertificateSerial' AS serial, result->>'providerSignatureVerifiedAt' AS "verifiedAt"
           FROM application WHERE id = $1`,
      [applicationId],
    );
    expect(stored).toEqual({ serial: ministryKey.serialNumber, verifiedAt: now.toISOString() });
  });

  it('refuses a result signed by another organisation, or by the officer personally, in Kazakh and Russian', async () => {
    const applicationId = await accept();
    const hash = sha256('Анықтама / Справка №2');
    for (const key of [akimatKey, officerPersonalKey]) {
      const { statusCode, body } = await record(
        applicationId,
        hash,
        await signResult(applicationId, hash, key),
      );
      expect(statusCode).toBe(422);
      expect(body).toMatchObject({
        code: 'RESULT_SIGNER_NOT_PROVIDER',
        localizedTitle: { kk: expect.stringContaining('БСН'), ru: expect.stringContaining('БИН') },
      });
    }
    expect(await statusOf(applicationId)).toBe('accepted');
  });

  it("refuses a signature over another document or another application's result", async () => {
    const applicationId = await accept();
    const other = await accept();
    const hash = sha256('Анықтама / Справка №3');
    const overOtherDocument = await signResult(applicationId, sha256('another document'), ministryKey);
    const overOtherApplication = await signResult(other, hash, ministryKey);
    for (const signature of [overOtherDocument, overOtherApplication]) {
      const { statusCode, body } = await record(applicationId, hash, signature);
      expect(statusCode).toBe(422);
      expect(body.code).toBe('SIGNATURE_CONTENT_MISMATCH');
    }
    expect(await statusOf(applicationId)).toBe('accepted');
  });

  it("refuses a result signed with the provider's expired certificate, or with no valid signature at all", async () => {
    const applicationId = await accept();
    const hash = sha256('Анықтама / Справка №4');
    const expired = await record(
      applicationId,
      hash,
      await signResult(applicationId, hash, expiredMinistryKey),
    );
    expect(expired.statusCode).toBe(422);
    expect(expired.body.code).toBe('CERTIFICATE_EXPIRED');
    const garbage = await record(applicationId, hash, Buffer.from('not a signature').toString('base64'));
    expect(garbage.statusCode).toBe(422);
    expect(garbage.body.code).toBe('SIGNATURE_INVALID');
    expect(await statusOf(applicationId)).toBe('accepted');
  });
});
