import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApplicationsEventTypes, type StandardInForceV1 } from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { ApplicationView } from '../applications/application.view';
import { paymentSignature, paymentSignedText } from '../fees/payment-signature';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import { startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';

// Thursday 19 March 2026, 10:00 in Astana: the term runs over Nauryz to Monday 30 March, the result is due
// at the PSC by the end of Friday 27 March.
const acceptedAt = new Date('2026-03-19T05:00:00Z');
const secret = 'test-payment-secret-0123456789';
const organizations = testOrganizations();
const callers = testCallers(organizations);
const paidFee = {
  free: false,
  amountKzt: 2_500,
  paymentMethods: ['egov_payment_gateway'],
  legalBasis: { kk: 'Салық кодексі', ru: 'Налоговый кодекс' },
};

describe('lifecycle (Art. 5.3, 5.5, 15.3, 18)', () => {
  let service: RunningService;
  let app: NestFastifyApplication;
  let call: RunningService['call'];
  let free: StandardInForceV1;
  let paid: StandardInForceV1;
  const clock = new TestClock(acceptedAt);

  const accept = async (standard: StandardInForceV1): Promise<ApplicationReceipt> => {
    clock.set(acceptedAt);
    const response = await call('POST', '/api/v1/applications', callers.operator, {
      serviceId: standard.serviceId,
      channel: 'psc',
      recipient: { iin: '900315401233' },
      documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
      identificationMethod: 'identity_document',
    });
    expect(response.statusCode).toBe(201);
    return response.json<ApplicationReceipt>();
  };
  const paperResult = { form: 'paper_document', documentNumber: 'ШЖ-2026/118' };
  const notice = { paymentId: 'EPAY-1', amountKzt: 2_500, paidAt: '2026-03-20T06:15:00.000Z' };
  const pay = (applicationId: string, body: typeof notice, sentAt = clock.now(), key = secret) => {
    const timestamp = String(Math.floor(sentAt.getTime() / 1000));
    const signature = paymentSignature(key, paymentSignedText(timestamp, applicationId, body));
    return call('POST', `/api/v1/applications/${applicationId}/payments`, undefined, body, {
      'x-payment-timestamp': timestamp,
      'x-payment-signature': signature,
    });
  };
  const outbox = async (type: string, key: string): Promise<Array<Record<string, unknown>>> => {
    const rows: Array<{ payload: Record<string, unknown> }> = await app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [type, key]);
    return rows.map((r) => r.payload);
  };

  beforeAll(async () => {
    service = await startService('applications_lifecycle', clock);
    ({ app, call } = service);
    await publishOrganizations(app, service.kafka, organizations, acceptedAt);
    free = await publishServiceInForce(app, service.kafka, organizations, acceptedAt);
    paid = await publishServiceInForce(app, service.kafka, organizations, acceptedAt, { fee: paidFee });
  }, 60_000);

  afterAll(() => service?.stop());

  it('takes a PSC application through work and result to issue at the PSC, the result there before the handover deadline (Art. 5.5.5)', async () => {
    const { applicationId, handoverDueAt } = await accept(free);
    clock.set('2026-03-20T04:00:00Z');
    const inWork = await call(
      'POST',
      `/api/v1/applications/${applicationId}/in-work`,
      callers.ministryOfficer,
    );
    expect(inWork.json<ApplicationView>().status).toBe('in_work');
    clock.set('2026-03-26T09:00:00Z');
    const ready = await call(
      'POST',
      `/api/v1/applications/${applicationId}/result`,
      callers.ministryOfficer,
      paperResult,
    );
    expect(ready.json<ApplicationView>()).toMatchObject({
      status: 'result_ready',
      result: { recordedAt: '2026-03-26T09:00:00.000Z' },
    });
    expect(
      new Date(ready.json<ApplicationView>().result?.recordedAt ?? '') < new Date(handoverDueAt ?? ''),
    ).toBe(true);

    // Another PSC's operator cannot hand it out; the accepting PSC's can.
    const stranger = await call(
      'POST',
      `/api/v1/applications/${applicationId}/issuance`,
      callers.specialisedOperator,
    );
    expect(stranger.json<{ code: string }>()).toMatchObject({ code: 'NOT_THE_PSC', status: 403 });
    clock.set('2026-03-27T06:00:00Z');
    const issued = await call('POST', `/api/v1/applications/${applicationId}/issuance`, callers.operator);
    expect(issued.json<ApplicationView>()).toMatchObject({
      status: 'issued',
      issuedAt: '2026-03-27T06:00:00.000Z',
    });

    const [event] = await outbox(ApplicationsEventTypes.resultIssued, applicationId);
    expect(event).toMatchObject({
      resultForm: 'paper_document',
      onTime: true,
      pscOrganizationId: organizations.psc.id,
    });
    const history: Array<{ to_status: string }> = await app
      .get(DataSource)
      .query(
        `SELECT to_status FROM application_status_change WHERE application_id = $1 ORDER BY changed_at`,
        [applicationId],
      );
    expect(history.map((h) => h.to_status)).toEqual(['accepted', 'in_work', 'result_ready', 'issued']);
  });

  it.each([
    ['documentSha256', 'electronic_document', { documentSha256: 'a'.repeat(64) }],
    ['providerSignature', 'electronic_document', { providerSignature: 'MIIGzAYJKoZIhvcNAQcC' }],
    ['entryReference', 'information_system_entry', { entryReference: 'EGOV-2026-118' }],
  ])(
    'Art. 15.3: refuses a paper result carrying %s of the %s form with 400 naming the field, recording nothing',
    async (field, form, foreign) => {
      const { applicationId } = await accept(free);
      await call('POST', `/api/v1/applications/${applicationId}/in-work`, callers.ministryOfficer);
      const result = (body: object) =>
        call('POST', `/api/v1/applications/${applicationId}/result`, callers.ministryOfficer, body);
      const refused = await result({ ...paperResult, ...foreign });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(
        refused.json<{ code: string; errors: Array<{ field: string; message: string }> }>(),
      ).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field, message: `${field} belongs to the ${form} form, not paper_document` }],
      });
      const read = await call('GET', `/api/v1/applications/${applicationId}`, callers.ministryOfficer);
      expect(read.json<ApplicationView>()).toMatchObject({ status: 'in_work', result: null });
      // The chosen form's fields alone are recorded.
      const recorded = await result(paperResult);
      expect(recorded.json<ApplicationView>()).toMatchObject({ status: 'result_ready' });
    },
  );

  it('refuses a refusal on a ground outside the pinned standard (Art. 5.3.2, 8.8), and takes one on its ground', async () => {
    const { applicationId } = await accept(free);
    const motivation = { kk: 'Анықтамадағы деректер сәйкес келмейді', ru: 'Сведения справки не совпадают' };
    const foreign = await call(
      'POST',
      `/api/v1/applications/${applicationId}/refusal`,
      callers.ministryOfficer,
      {
        refusalGroundId: standardItemId(paid.versionId, 'refusal-grounds', 0),
        motivation,
      },
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json<{ code: string; localizedTitle: { kk: string; ru: string } }>()).toMatchObject({
      code: 'REFUSAL_GROUND_NOT_IN_STANDARD',
      localizedTitle: { ru: expect.stringContaining('основаниям') },
    });
    const refused = await call(
      'POST',
      `/api/v1/applications/${applicationId}/refusal`,
      callers.ministryOfficer,
      {
        refusalGroundId: standardItemId(free.versionId, 'refusal-grounds', 0),
        motivation,
      },
    );
    expect(refused.json<ApplicationView>()).toMatchObject({
      status: 'refused',
      refusal: { ground: free.refusalGrounds[0]?.text, motivation },
    });
    expect(await outbox(ApplicationsEventTypes.refused, applicationId)).toHaveLength(1);
  });

  it('refuses any fee on a free service (Art. 18.2), writing nothing', async () => {
    const { applicationId } = await accept(free);
    const response = await pay(applicationId, { ...notice, paymentId: 'EPAY-FREE' });
    expect(response.json<{ code: string }>()).toMatchObject({ code: 'FEE_NOT_DUE', status: 422 });
    expect(await outbox(ApplicationsEventTypes.feePaid, applicationId)).toHaveLength(0);
  });

  it("does not issue a paid service's result before the fee the standard sets is paid (Art. 18)", async () => {
    const receipt = await accept(paid);
    expect(receipt.feeKzt).toBe(2_500);
    const { applicationId } = receipt;
    await call('POST', `/api/v1/applications/${applicationId}/result`, callers.ministryOfficer, paperResult);
    const early = await call('POST', `/api/v1/applications/${applicationId}/issuance`, callers.operator);
    expect(early.json<{ code: string }>()).toMatchObject({ code: 'FEE_NOT_PAID', status: 409 });

    const wrongAmount = await pay(applicationId, { ...notice, amountKzt: 2_000 });
    expect(wrongAmount.json<{ code: string }>()).toMatchObject({ code: 'FEE_AMOUNT_MISMATCH', status: 422 });
    const forged = await pay(applicationId, notice, clock.now(), 'another-secret-0123456789');
    expect(forged.json<{ code: string }>()).toMatchObject({ code: 'PAYMENT_SIGNATURE_INVALID', status: 401 });
    const stale = await pay(applicationId, notice, new Date(clock.now().getTime() - 3_600_000));
    expect(stale.json<{ code: string }>()).toMatchObject({ code: 'PAYMENT_SIGNATURE_INVALID', status: 401 });

    const first = await pay(applicationId, notice);
    expect(first.statusCode).toBe(200);
    const again = await pay(applicationId, notice);
    expect(again.json()).toEqual(first.json());
    const reused = await pay(applicationId, { ...notice, paidAt: '2026-03-21T06:15:00.000Z' });
    expect(reused.json<{ code: string }>()).toMatchObject({ code: 'PAYMENT_ID_REUSED', status: 409 });
    expect(await outbox(ApplicationsEventTypes.feePaid, applicationId)).toHaveLength(1);

    const issued = await call('POST', `/api/v1/applications/${applicationId}/issuance`, callers.operator);
    expect(issued.json<ApplicationView>()).toMatchObject({ status: 'issued', fee: { amountKzt: 2_500 } });
  });

  it('lets only the recipient withdraw, and only before the decision', async () => {
    const { applicationId } = await accept(free);
    const other = await call(
      'POST',
      `/api/v1/applications/${applicationId}/withdrawal`,
      callers.otherCitizen,
    );
    expect(other.json<{ code: string }>()).toMatchObject({ code: 'NOT_THE_RECIPIENT', status: 403 });
    const withdrawn = await call('POST', `/api/v1/applications/${applicationId}/withdrawal`, callers.citizen);
    expect(withdrawn.json<ApplicationView>()).toMatchObject({
      status: 'withdrawn',
      recipient: { idNumber: '900315401233' },
    });
    const late = await call('POST', `/api/v1/applications/${applicationId}/in-work`, callers.ministryOfficer);
    expect(late.json<{ code: string }>()).toMatchObject({ code: 'APPLICATION_STATUS_CONFLICT', status: 409 });
  });

  it("lets only the provider's officers decide", async () => {
    const { applicationId } = await accept(free);
    const response = await call(
      'POST',
      `/api/v1/applications/${applicationId}/result`,
      callers.akimatOfficer,
      paperResult,
    );
    expect(response.json<{ code: string }>()).toMatchObject({ code: 'NOT_THE_PROVIDER', status: 403 });
  });
});
