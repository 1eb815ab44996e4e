import {
  CALENDAR_SUBJECT,
  RegistryEventTypes,
  Topics,
  type CalendarChangedV1,
  type StandardInForceV1,
} from '@kzps/contracts';
import { TestClock, testEnvelope } from '@kzps/testing';
import type { ApplicationView } from '../applications/application.view';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import { handled, publish, startService, type RunningService } from '../test/harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from '../test/world';

// Thursday 19 March 2026, 10:00 in Astana: five working days counting the day of acceptance (Art. 14.1) end
// on Monday 30 March across Nauryz, with the result at the PSC by the end of Friday 27 March (Art. 5.5.5).
const acceptedAt = new Date('2026-03-19T05:00:00Z');
const organizations = testOrganizations();
const callers = testCallers(organizations);

describe('open applications on a changed calendar (D11, Art. 14.1, 5.5.5)', () => {
  let service: RunningService;
  let standard: StandardInForceV1;
  const clock = new TestClock(acceptedAt);

  beforeAll(async () => {
    service = await startService('applications_recount', clock);
    await publishOrganizations(service.app, service.kafka, organizations, acceptedAt);
    standard = await publishServiceInForce(service.app, service.kafka, organizations, acceptedAt);
  }, 60_000);

  afterAll(() => service?.stop());

  it('a day off decreed after acceptance moves the due date and the PSC handover deadline by one working day', async () => {
    const accepted = await service.call('POST', '/api/v1/applications', callers.operator, {
      serviceId: standard.serviceId,
      channel: 'psc',
      recipient: { iin: '900315401233' },
      documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
      identificationMethod: 'identity_document',
    });
    const receipt = accepted.json<ApplicationReceipt>();
    expect(receipt).toMatchObject({ dueDate: '2026-03-30', handoverDueAt: '2026-03-27T18:59:59.999Z' });

    const decreedAt = new Date('2026-03-20T06:00:00Z');
    const changed: CalendarChangedV1 = {
      revision: 1,
      changedAt: decreedAt.toISOString(),
      change: { action: 'recorded', amendmentId: 'day-off-2026-03-26', years: [2026] },
      amendments: [
        {
          id: 'day-off-2026-03-26',
          kind: 'day_off',
          date: '2026-03-26',
          nameKk: 'Қосымша демалыс күні',
          nameRu: 'Дополнительный день отдыха',
          legalBasis: 'Постановление Правительства (тестовое)',
          recordedAt: decreedAt.toISOString(),
        },
      ],
    };
    const event = testEnvelope(
      '/kzps/registry-svc',
      RegistryEventTypes.calendarChanged,
      CALENDAR_SUBJECT,
      changed,
      decreedAt,
    );
    await publish(service.kafka, Topics.registryCalendar, [event]);
    await handled(service.app, [event]);

    const read = await service.call('GET', `/api/v1/applications/${receipt.applicationId}`, callers.operator);
    // Thursday 26 March is no longer a working day: Tuesday 31 March, handed over by the end of Monday 30.
    expect(read.json<ApplicationView>()).toMatchObject({
      dueDate: '2026-03-31',
      handoverDueAt: '2026-03-30T18:59:59.999Z',
    });
  });
});
