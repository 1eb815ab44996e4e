import { localDateOf } from '@kzps/calendar';
import {
  ApplicationsEventTypes as A,
  ComplaintsEventTypes as C,
  Topics,
  type EventEnvelope,
} from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { monthOfActivity, org, services, type Activity } from '../test/activity';
import { startService, type RunningService } from '../test/harness';
import type { IndicatorRow } from './indicators.service';
import { resetIndicators } from './rebuild-indicators';

const analyst = {
  subject: 'qa-analyst',
  roles: ['quality-authority' as const],
  organizationId: org.qualityAuthority,
};

type Data = Record<string, unknown>;
const monthOfAct = (instant: unknown): string => localDateOf(new Date(String(instant))).slice(0, 7);

/** The figures of each month, counted straight from the events with no projection in between. */
function countedFromEvents(activity: Activity, only: (data: Data) => boolean = () => true) {
  const months = new Map<string, Record<string, number>>();
  const bump = (month: string, figure: string, by = 1): void => {
    const row = months.get(month) ?? {};
    row[figure] = (row[figure] ?? 0) + by;
    months.set(month, row);
  };
  for (const { type, data } of [...activity.applications, ...activity.complaints] as Array<
    EventEnvelope<Data>
  >) {
    if (!only(data)) continue;
    if (type === A.submitted) bump(monthOfAct(data.acceptedAt), 'applicationsSubmitted');
    if (type === A.submitted && data.channel === 'electronic')
      bump(monthOfAct(data.acceptedAt), 'electronic');
    if (type === A.intakeRefused) bump(monthOfAct(data.refusedAt), 'intakeRefusals');
    if (type === A.resultIssued)
      bump(monthOfAct(data.issuedAt), data.onTime ? 'resultsIssuedOnTime' : 'resultsIssuedLate');
    if (type === A.refused) bump(monthOfAct(data.refusedAt), 'resultsRefused');
    if (type === A.overdue) bump(monthOfAct(data.detectedAt), 'applicationsOverdue');
    if (type === A.handoverLate) bump(monthOfAct(data.detectedAt), 'handoversLate');
    if (type === A.queueWaitExceeded) bump(monthOfAct(data.calledAt), 'queueWaitsExceeded');
    if (type === A.feePaid) bump(monthOfAct(data.paidAt), 'feesPaidKzt', Number(data.amountKzt));
    if (type === C.registered && data.stage === 1 && data.competent)
      bump(monthOfAct(data.registeredAt), 'complaintsFiled');
    if (type === C.decided) bump(monthOfAct(data.decidedAt), 'complaintsDecided');
    if (type === C.decided && data.outcome === 'satisfied')
      bump(monthOfAct(data.decidedAt), 'complaintsSatisfied');
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function figuresOf(row: IndicatorRow): Record<string, number> {
  const figures: Record<string, number> = {
    applicationsSubmitted: row.applicationsSubmitted,
    electronic: row.electronicApplications,
    intakeRefusals: row.intakeRefusals,
    resultsIssuedOnTime: row.resultsIssuedOnTime,
    resultsIssuedLate: row.resultsIssuedLate,
    resultsRefused: row.resultsRefused,
    applicationsOverdue: row.applicationsOverdue,
    handoversLate: row.handoversLate,
    queueWaitsExceeded: row.queueWaitsExceeded,
    feesPaidKzt: row.feesPaidKzt,
    complaintsFiled: row.complaintsFiled,
    complaintsDecided: row.complaintsDecided,
    complaintsSatisfied: row.complaintsSatisfied,
  };
  return Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== 0));
}

describe('indicators projected from the applications and complaints events', () => {
  const clock = new TestClock(new Date('2026-08-10T04:00:00.000Z'));
  const activity = monthOfActivity(300);
  let service: RunningService;

  const rows = async (query: string): Promise<IndicatorRow[]> => {
    const response = await service.call('GET', `/api/v1/monitoring/indicators?size=200&${query}`, analyst);
    expect(response.statusCode).toBe(200);
    return response.json<{ items: IndicatorRow[] }>().items;
  };
  const byMonth = async (query = ''): Promise<Array<[string, Record<string, number>]>> =>
    (await rows(query)).map((row) => [row.month ?? '', figuresOf(row)]);
  // The counters and the rollups: a redelivery or a rebuild must leave them all as they were.
  const snapshot = async (): Promise<unknown[]> => {
    const data = service.app.get(DataSource);
    return [
      await data.query(
        `SELECT month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel, value
           FROM indicator_count ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
      ),
      await data.query(
        `SELECT month, indicator, breakdown, owner_id, electronic, value
           FROM indicator_count_by_owner ORDER BY 1, 2, 3, 4, 5`,
      ),
      await data.query(
        `SELECT month, indicator, breakdown, service_id, owner_id, electronic, value
           FROM indicator_count_by_service ORDER BY 1, 2, 3, 4, 5, 6`,
      ),
      await data.query(
        `SELECT month, indicator, breakdown, region_kato, electronic, value
           FROM indicator_count_by_region ORDER BY 1, 2, 3, 4, 5`,
      ),
    ];
  };

  beforeAll(async () => {
    service = await startService('monitoring_indicators', clock);
    await service.publish(Topics.applications, activity.applications);
    await service.publish(Topics.complaints, activity.complaints);
  }, 240_000);

  afterAll(async () => {
    await service.stop();
  });

  it('equal, month by month in Almaty time, a count made directly from the same events', async () => {
    const counted = countedFromEvents(activity);
    expect(counted.map(([month]) => month)).toEqual(['2026-07', '2026-08']);
    expect(await byMonth()).toEqual(counted);
  });

  it('equal the direct count for one owner, one channel and one region', async () => {
    const [first] = services;
    expect(await byMonth(`ownerId=${first?.ownerId}`)).toEqual(
      countedFromEvents(activity, (d) => d.ownerOrganizationId === first?.ownerId),
    );
    expect(await byMonth('channel=electronic')).toEqual(
      countedFromEvents(activity, (d) => d.channel === 'electronic'),
    );
    expect(await byMonth(`regionKato=${first?.regionKato}`)).toEqual(
      countedFromEvents(activity, (d) => d.regionKato === first?.regionKato),
    );
  });

  it('equal the direct count for one service, and its owner by service (read from the per-service sums)', async () => {
    const [first] = services;
    expect(await byMonth(`serviceId=${first?.id}`)).toEqual(
      countedFromEvents(activity, (d) => d.serviceId === first?.id),
    );
    const byService = await rows(`ownerId=${first?.ownerId}&groupBy=month&groupBy=service`);
    expect(byService.map((row) => [row.month, row.serviceId, figuresOf(row)])).toEqual(
      // A queue ticket names no owner: a filter on the owner leaves it out.
      countedFromEvents(
        activity,
        (d) => d.serviceId === first?.id && d.ownerOrganizationId === first?.ownerId,
      ).map(([month, figures]) => [month, first?.id, figures]),
    );
  });

  it('keep in the owner, service and region rollups the sums of the counters they summarise', async () => {
    const data = service.app.get(DataSource);
    const summed = (facets: string): Promise<unknown[]> =>
      data.query(
        `SELECT month, indicator, breakdown, ${facets},
                channel IS NOT DISTINCT FROM 'electronic' AS electronic, sum(value)::text AS value
           FROM indicator_count GROUP BY month, indicator, breakdown, ${facets}, electronic
          ORDER BY month, indicator, breakdown, ${facets}, electronic`,
      );
    const kept = (table: string, facets: string): Promise<unknown[]> =>
      data.query(
        `SELECT month, indicator, breakdown, ${facets}, electronic, value::text AS value FROM ${table}
          ORDER BY month, indicator, breakdown, ${facets}, electronic`,
      );
    expect(await kept('indicator_count_by_owner', 'owner_id')).toEqual(await summed('owner_id'));
    expect(await kept('indicator_count_by_service', 'service_id, owner_id')).toEqual(
      await summed('service_id, owner_id'),
    );
    expect(await kept('indicator_count_by_region', 'region_kato')).toEqual(await summed('region_kato'));
  });

  it('derive shares and complaints per 1,000 applications at read time', async () => {
    const [july] = await rows('fromMonth=2026-07&toMonth=2026-07');
    expect(july?.eFormShare).toBeCloseTo(
      (july?.electronicApplications ?? 0) / (july?.applicationsSubmitted ?? 1),
      4,
    );
    expect(july?.complaintsPer1000Applications).toBeCloseTo(
      ((july?.complaintsFiled ?? 0) * 1000) / (july?.applicationsSubmitted ?? 1),
      4,
    );
    const decidedByInstance = Object.values(july?.byInstance ?? {}).reduce((sum, i) => sum + i.decided, 0);
    expect(decidedByInstance).toBe(july?.complaintsDecided);
  });

  it('change nothing when an event is delivered again (inbox)', async () => {
    const before = await snapshot();
    await service.publish(Topics.applications, activity.applications.slice(0, 20));
    await service.publish(Topics.complaints, activity.complaints.slice(0, 5));
    expect(await snapshot()).toEqual(before);
  });

  it('rebuilt from the topics from the beginning, equal the live projection', async () => {
    const live = await snapshot();
    const handled = activity.applications.length + activity.complaints.length;
    await service.restart(async (dataSource) => {
      await resetIndicators(dataSource, service.kafka);
      const [left] = await dataSource.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM indicator_count',
      );
      expect(left?.n).toBe(0);
    });
    await service.handledCount(handled);
    expect(await snapshot()).toEqual(live);
  }, 180_000);

  it("hold an owner's officer to the owner's own services", async () => {
    const [first, second] = services;
    const officer = { subject: 'owner-1', roles: ['owner-officer' as const], organizationId: first?.ownerId };
    const own = await service.call('GET', '/api/v1/monitoring/indicators?groupBy=owner', officer);
    expect(own.json<{ items: IndicatorRow[] }>().items.map((row) => row.ownerId)).toEqual([first?.ownerId]);
    const other = await service.call(
      'GET',
      `/api/v1/monitoring/indicators?ownerId=${second?.ownerId}`,
      officer,
    );
    expect(other.statusCode).toBe(403);
    expect(other.json<{ code: string }>().code).toBe('INDICATOR_OWNER_NOT_YOURS');
  });

  it('refuse a period whose first month is after its last, naming the problem', async () => {
    const response = await service.call(
      'GET',
      '/api/v1/monitoring/indicators?fromMonth=2026-08&toMonth=2026-07',
      analyst,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('INDICATOR_MONTHS_INVERTED');
  });

  it('export the same table as CSV', async () => {
    const response = await service.call(
      'GET',
      '/api/v1/monitoring/indicators/export.csv?groupBy=month',
      analyst,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = response.body.trim().split('\r\n');
    const columns = header?.split(',') ?? [];
    const json = await rows('groupBy=month');
    expect(lines).toHaveLength(json.length);
    const submitted = columns.indexOf('applicationsSubmitted');
    expect(lines.map((line) => Number(line.split(',')[submitted]))).toEqual(
      json.map((r) => r.applicationsSubmitted),
    );
  });
});
