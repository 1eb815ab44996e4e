import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { StandardInForceV1 } from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { ApplicationView } from '../applications/application.view';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import { startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';

const acceptedAt = new Date('2026-03-19T05:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

interface PageBody {
  items: ApplicationView[];
  total: number;
  page: number;
  size: number;
}

describe('who sees what (Art. 5.5.6, 17.4, 24)', () => {
  let service: RunningService;
  let app: NestFastifyApplication;
  let call: RunningService['call'];
  let standard: StandardInForceV1;
  let mine: ApplicationReceipt;
  let theirs: ApplicationReceipt;
  const clock = new TestClock(acceptedAt);

  const accept = async (iin: string): Promise<ApplicationReceipt> =>
    (
      await call('POST', '/api/v1/applications', callers.operator, {
        serviceId: standard.serviceId,
        channel: 'psc',
        recipient: { iin },
        documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
        identificationMethod: 'identity_document',
      })
    ).json<ApplicationReceipt>();
  const audits = async (action: string, id: string): Promise<number> => {
    const [row]: Array<{ n: number }> = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_record WHERE action = $1 AND resource_id = $2`, [
        action,
        id,
      ]);
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    service = await startService('applications_reads', clock);
    ({ app, call } = service);
    await publishOrganizations(app, service.kafka, organizations, acceptedAt);
    standard = await publishServiceInForce(app, service.kafka, organizations, acceptedAt);
    mine = await accept('900315401233');
    theirs = await accept('850101300124');
  }, 60_000);

  afterAll(() => service?.stop());

  it('shows a recipient only their own applications, with their IIN whole', async () => {
    const page = (await call('GET', '/api/v1/applications', callers.citizen)).json<PageBody>();
    expect(page).toMatchObject({ total: 1, page: 1, size: 20 });
    expect(page.items[0]).toMatchObject({ id: mine.applicationId, recipient: { idNumber: '900315401233' } });
    const foreign = await call('GET', `/api/v1/applications/${theirs.applicationId}`, callers.citizen);
    expect(foreign.json<{ code: string }>()).toMatchObject({ code: 'APPLICATION_NOT_FOUND', status: 404 });
  });

  it("shows a provider's officers their organisation's applications with IINs masked, and filters them", async () => {
    const page = (
      await call('GET', '/api/v1/applications?status=accepted&overdue=false', callers.ministryOfficer)
    ).json<PageBody>();
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.recipient.idNumber).sort()).toEqual(['8501******24', '9003******33']);
    const other = (await call('GET', '/api/v1/applications', callers.akimatOfficer)).json<PageBody>();
    expect(other.total).toBe(0);
    clock.set('2026-04-01T05:00:00Z');
    const overdue = (
      await call('GET', '/api/v1/applications?overdue=true', callers.ministryOfficer)
    ).json<PageBody>();
    expect(overdue.items.every((a) => a.overdue)).toBe(true);
    expect(overdue.total).toBe(2);
    clock.set(acceptedAt);
    const dated = (
      await call('GET', '/api/v1/applications?acceptedFrom=2026-03-20', callers.ministryOfficer)
    ).json<PageBody>();
    expect(dated.total).toBe(0);
  });

  it('shows PSC operators what their centre and branch accepted', async () => {
    expect((await call('GET', '/api/v1/applications', callers.operator)).json<PageBody>().total).toBe(2);
    expect(
      (await call('GET', '/api/v1/applications', callers.otherBranchOperator)).json<PageBody>().total,
    ).toBe(0);
    expect(
      (await call('GET', '/api/v1/applications', callers.specialisedOperator)).json<PageBody>().total,
    ).toBe(0);
  });

  it("audits every staff read of one application, and not the recipient's own (Art. 24)", async () => {
    expect(
      (await call('GET', `/api/v1/applications/${mine.applicationId}`, callers.operator)).statusCode,
    ).toBe(200);
    expect(
      (
        await call('GET', `/api/v1/applications/${mine.applicationId}/history`, callers.ministryOfficer)
      ).json(),
    ).toEqual([
      expect.objectContaining({
        from: null,
        to: 'accepted',
        statusText: { kk: 'Өтініш қабылданды', ru: 'Заявление принято' },
      }),
    ]);
    expect(await audits('application.read', mine.applicationId)).toBe(1);
    expect(await audits('application.read-history', mine.applicationId)).toBe(1);
    await call('GET', `/api/v1/applications/${mine.applicationId}`, callers.citizen);
    expect(await audits('application.read', mine.applicationId)).toBe(1);
  });

  it('tells anyone with the tracking number the status and due date, and nothing else', async () => {
    const response = await call(
      'GET',
      `/api/v1/applications/status/${mine.trackingNumber.replace('-', '').toLowerCase()}`,
    );
    expect(response.json()).toEqual({
      trackingNumber: mine.trackingNumber,
      status: 'accepted',
      statusText: { kk: 'Өтініш қабылданды', ru: 'Заявление принято' },
      dueDate: mine.dueDate,
    });
    const typo = `${mine.trackingNumber.slice(0, -1)}${mine.trackingNumber.endsWith('A') ? 'B' : 'A'}`;
    expect((await call('GET', `/api/v1/applications/status/${typo}`)).json<{ code: string }>().code).toBe(
      'TRACKING_NUMBER_MALFORMED',
    );
  });

  it("answers the contact centre only once the recipient's IIN is confirmed (Art. 17.4)", async () => {
    const url = `/api/v1/applications/status/${mine.trackingNumber}/confirmation`;
    const wrong = await call('POST', url, callers.contactCentre, { recipientIdNumber: '850101300124' });
    expect(wrong.json<{ code: string }>()).toMatchObject({ code: 'APPLICATION_NOT_FOUND', status: 404 });
    const right = await call('POST', url, callers.contactCentre, { recipientIdNumber: '900315401233' });
    expect(right.json()).toMatchObject({
      status: 'accepted',
      dueDate: mine.dueDate,
      history: [{ to: 'accepted' }],
    });
    expect(await audits('application.read-status', mine.applicationId)).toBe(1);
    const notTheCentre = await call('POST', url, callers.citizen, { recipientIdNumber: '900315401233' });
    expect(notTheCentre.statusCode).toBe(403);
  });
});
