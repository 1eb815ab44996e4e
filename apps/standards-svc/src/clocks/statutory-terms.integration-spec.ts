import { randomUUID } from 'node:crypto';
import type { CalendarAmendmentV1 } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { calendarChanged, publish, registryTopics, type TestOrganization } from '../test/harness';
import { handled, type StandardBody, type TermBody } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { officerOf, useStandardsApp } from '../test/test-app';
import { TermCalendar } from './term-calendar';

// The two clocks inclusion starts (Art. 7.1, 9.5), counted by the service's calendar copy and recounted
// when the registry publishes a calendar change. Each test includes a service of its own, and the recount
// leaves the calendar as it found it, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const owner = officerOf(ministry, 'owner-officer');
// 20 February 2026, 10:00 in Almaty: the 3-month term and the 30 days run over 8 March and Nauryz
// (21-23 March).
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('the statutory clocks of a standard', () => {
  const { app, call, driver } = useStandardsApp('standards_terms', [ministry], includedAt);

  /** A service of the ministry's, included on 20 February: its standard. */
  const included = (): Promise<string> =>
    standardAt(driver(), {
      service: { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'included',
      owner,
      content: completeContent(ministry.id),
    });
  const standard = async (id: string): Promise<StandardBody> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();

  it('starts both statutory clocks at inclusion, as the calendar counts them, with the days skipped', async () => {
    const calendar = app().get(TermCalendar);
    const body = await standard(await included());
    expect(body.status).toBe('drafting');
    const byKind = Object.fromEntries(body.terms.map((t) => [t.kind, t]));
    const threeMonths = calendar.monthsAfter(includedAt, 3);
    const thirtyDays = calendar.calendarDaysAfter(includedAt, 30);
    expect(byKind.standard_adoption).toMatchObject({
      dueDate: threeMonths.dueDate,
      dueAt: threeMonths.dueAt.toISOString(),
      status: 'open',
    });
    expect(byKind.public_discussion).toMatchObject({
      dueDate: thirtyDays.dueDate,
      dueAt: thirtyDays.dueAt.toISOString(),
      skipped: JSON.parse(JSON.stringify(thirtyDays.skipped)) as unknown,
      provisional: false,
      status: 'open',
    });
    // Counted by hand: included 20 February 2026; 30 calendar days end on Sunday 22 March, in Nauryz
    // (21-23 March, moved days off 24-25 March), so on Thursday 26 March; three months end on 20 May.
    expect(byKind.public_discussion?.dueDate).toBe('2026-03-26');
    expect(byKind.public_discussion?.dueAt).toBe('2026-03-26T18:59:59.999Z');
    expect(byKind.public_discussion?.dueAtLocal).toBe('2026-03-26T23:59:59.999+05:00');
    expect(byKind.standard_adoption?.dueDate).toBe('2026-05-20');
    // The answer says why the end moved, day by day, in both languages.
    const skipped = byKind.public_discussion?.skipped ?? [];
    expect(skipped.map((d) => d.date)).toEqual(['2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25']);
    expect(skipped.find((d) => d.date === '2026-03-23')?.kind).toBe('holiday');
    for (const day of skipped) expect(day.reason.kk && day.reason.ru).toBeTruthy();
  });

  it('recounts open terms when the registry publishes a calendar change, once per revision', async () => {
    const id = await included();
    const kafka = driver().kafka;
    const dayOff: CalendarAmendmentV1 = {
      id: 'day-off-2026-05-20',
      kind: 'day_off',
      date: '2026-05-20',
      nameKk: 'Қосымша демалыс күні',
      nameRu: 'Дополнительный день отдыха',
      legalBasis: 'Постановление Правительства (тестовое)',
      recordedAt: includedAt.toISOString(),
    };
    const adoptionTerm = async (): Promise<TermBody | undefined> =>
      (await standard(id)).terms.find((t) => t.kind === 'standard_adoption');
    const calendar = app().get(TermCalendar);
    /** The replica's own calendar counts three months from inclusion to `dueDate`. */
    const calendarCounts = (dueDate: string) => (): Promise<true | undefined> =>
      Promise.resolve(calendar.monthsAfter(includedAt, 3).dueDate === dueDate ? true : undefined);

    await publish(kafka, registryTopics.calendar, [calendarChanged(1, [dayOff], includedAt)]);
    const moved = await eventually(async () => {
      const term = await adoptionTerm();
      return term?.dueDate === '2026-05-21' ? term : undefined;
    }, 'the term to move');
    // The day off the decree added is now among the days the term skipped over.
    expect(moved.skipped.map((d) => [d.date, d.kind])).toContainEqual(['2026-05-20', 'decree']);
    // The replica's own calendar follows at its next poll of the revision (CALENDAR_POLL_INTERVAL_MS).
    await eventually(calendarCounts('2026-05-21'), 'the calendar to follow');

    // The amendment revoked (revision 2), then revision 1 redelivered late: the later state stands.
    await publish(kafka, registryTopics.calendar, [calendarChanged(2, [], includedAt)]);
    await eventually(
      async () => ((await adoptionTerm())?.dueDate === '2026-05-20' ? true : undefined),
      'the term to return',
    );
    const late = calendarChanged(1, [dayOff], includedAt);
    await publish(kafka, registryTopics.calendar, [late]);
    await handled(app(), late, 'the late event to be handled');
    expect((await adoptionTerm())?.dueDate).toBe('2026-05-20');
    // The replica's calendar is back as the other test counts with it.
    await eventually(calendarCounts('2026-05-20'), 'the calendar to return');
  });
});
