import { ApplicationsEventTypes, type StandardInForceV1 } from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';
import type { QueueTicketView } from './dto/queue-ticket.dto';

const at = new Date('2026-03-19T06:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

describe('queue waits (Art. 8.9)', () => {
  let service: RunningService;
  let standard: StandardInForceV1;

  const exceeded = async (): Promise<Array<Record<string, unknown>>> => {
    const rows: Array<{ payload: Record<string, unknown> }> = await service.app
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1`, [
        ApplicationsEventTypes.queueWaitExceeded,
      ]);
    return rows.map((r) => r.payload);
  };

  beforeAll(async () => {
    service = await startService('applications_queue', new TestClock(at));
    await publishOrganizations(service.app, service.kafka, organizations, at);
    // The standard allows 15 minutes in the queue when applying and when collecting.
    standard = await publishServiceInForce(service.app, service.kafka, organizations, at);
  }, 60_000);

  afterAll(() => service?.stop());

  it("compares each wait with the standard's maximum and raises a longer one once", async () => {
    const ticket = (number: string, issuedAt: string, calledAt: string) => ({
      ticketNumber: number,
      serviceId: standard.serviceId,
      purpose: 'applying',
      issuedAt,
      calledAt,
    });
    const short = await service.call(
      'POST',
      '/api/v1/applications/queue-tickets',
      callers.operator,
      ticket('A-1', '2026-03-19T04:00:00Z', '2026-03-19T04:14:00Z'),
    );
    expect(short.json<QueueTicketView>()).toMatchObject({
      waitMinutes: 14,
      maximumMinutes: 15,
      exceeded: false,
    });
    const long = ticket('A-2', '2026-03-19T04:00:00Z', '2026-03-19T04:31:00Z');
    const first = await service.call('POST', '/api/v1/applications/queue-tickets', callers.operator, long);
    expect(first.json<QueueTicketView>()).toMatchObject({ waitMinutes: 31, exceeded: true });
    const again = await service.call('POST', '/api/v1/applications/queue-tickets', callers.operator, long);
    expect(again.json()).toEqual(first.json());
    expect(await exceeded()).toEqual([
      expect.objectContaining({
        pscOrganizationId: organizations.psc.id,
        waitMinutes: 31,
        maximumMinutes: 15,
        purpose: 'applying',
      }),
    ]);
  });

  it('refuses a ticket called before it was issued, and a terminal of no PSC', async () => {
    const backwards = {
      ticketNumber: 'A-3',
      serviceId: standard.serviceId,
      purpose: 'collecting',
      issuedAt: '2026-03-19T05:00:00Z',
      calledAt: '2026-03-19T04:00:00Z',
    };
    const response = await service.call(
      'POST',
      '/api/v1/applications/queue-tickets',
      callers.operator,
      backwards,
    );
    expect(response.json<{ code: string }>()).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    const officer = await service.call(
      'POST',
      '/api/v1/applications/queue-tickets',
      callers.ministryOfficer,
      backwards,
    );
    expect(officer.statusCode).toBe(403);
  });
});
