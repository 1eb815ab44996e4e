import { randomUUID } from 'node:crypto';
import { ApplicationsEventTypes as A, eventCatalog, Topics } from '@kzps/contracts';
import { testEnvelope, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations, type TestOrganization } from '../test/organizations';
import type { AnnualReportView, ReportViolation } from './annual-reports.service';

const qa = organization(['quality-authority']);
const reporting = organization(['service-owner']);
const silent = organization(['service-owner']);
const undiscussed = organization(['service-owner']);
const exemplary = organization(['service-owner']);
const retrying = organization(['service-owner']);
const officerOf = (o: TestOrganization) => ({
  subject: `owner-${o.bin}`,
  roles: ['owner-officer' as const],
  organizationId: o.id,
});
const analyst = { subject: 'qa', roles: ['quality-authority' as const], organizationId: qa.id };
const narrative = { kk: 'Есеп', ru: 'Отчет о деятельности' };
const discussion = {
  heldOn: '2027-03-02',
  participants: { providers: 3, individuals: 20, legalEntities: 2 },
  summary: { kk: 'Ұсыныстар', ru: 'Предложения участников' },
};
const publication = { publishedOn: '2027-02-15', publicationUrl: 'https://www.gov.kz/annual-report-2026' };

describe('annual activity reports of owners (Art. 17.6-8)', () => {
  const clock = new TestClock(new Date('2027-03-05T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_annual_reports', clock);
    await publishOrganizations(service, qa, reporting, silent, undiscussed, exemplary, retrying);
    const applicationId = randomUUID();
    const submitted = {
      ...eventCatalog[A.submitted].example,
      applicationId,
      ownerOrganizationId: reporting.id,
      channel: 'electronic' as const,
      acceptedAt: '2026-06-01T05:00:00.000Z',
    };
    await service.publish(Topics.applications, [
      testEnvelope(
        '/kzps/applications-svc',
        A.submitted,
        applicationId,
        submitted,
        new Date(submitted.acceptedAt),
      ),
    ]);
  }, 90_000);

  afterAll(async () => {
    await service.stop();
  });

  const draft = (o: TestOrganization, year = 2026) =>
    service.call('POST', '/api/v1/monitoring/annual-reports', officerOf(o), { year, narrative });
  const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

  it('drafts from the indicators, publishes and records a discussion, each by the owner and on its day (Art. 17.6, 17.8)', async () => {
    expect(code(await draft(reporting, 2027))).toBe('ANNUAL_REPORT_YEAR_NOT_OVER');
    const drafted = await draft(reporting);
    expect(drafted.statusCode).toBe(201);
    const report = drafted.json<AnnualReportView>();
    expect(report).toMatchObject({ status: 'draft', year: 2026, ownerId: reporting.id });
    expect(report.figures).toMatchObject({
      applicationsSubmitted: 1,
      electronicApplications: 1,
      complaintsFiled: 0,
    });
    expect(code(await draft(reporting))).toBe('ANNUAL_REPORT_EXISTS');
    expect((await service.call('GET', `/api/v1/monitoring/annual-reports/${report.id}`)).statusCode).toBe(
      404,
    );

    const path = `/api/v1/monitoring/annual-reports/${report.id}`;
    expect(code(await service.call('POST', `${path}/discussions`, officerOf(reporting), discussion))).toBe(
      'ANNUAL_REPORT_NOT_PUBLISHED',
    );
    expect(code(await service.call('POST', `${path}/publication`, officerOf(silent), publication))).toBe(
      'ANNUAL_REPORT_NOT_YOURS',
    );
    expect(
      code(
        await service.call('POST', `${path}/publication`, officerOf(reporting), {
          ...publication,
          publishedOn: '2027-03-06',
        }),
      ),
    ).toBe('ANNUAL_REPORT_DATE_INVALID');
    const published = await service.call('POST', `${path}/publication`, officerOf(reporting), {
      ...publication,
      publishedOn: '2027-03-05',
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedOn: '2027-03-05' });
    expect(
      code(
        await service.call('POST', `${path}/discussions`, officerOf(reporting), {
          ...discussion,
          heldOn: '2027-03-04',
        }),
      ),
    ).toBe('ANNUAL_REPORT_DATE_INVALID');
    const discussed = await service.call('POST', `${path}/discussions`, officerOf(reporting), {
      ...discussion,
      heldOn: '2027-03-05',
    });
    expect(discussed.statusCode).toBe(201);
    expect(discussed.json<AnnualReportView>().discussions).toMatchObject([
      { heldOn: '2027-03-05', participants: discussion.participants, summary: discussion.summary },
    ]);
    const listed = await service.call('GET', `/api/v1/monitoring/annual-reports?ownerId=${reporting.id}`);
    expect(listed.json<{ items: AnnualReportView[] }>().items.map((r) => r.id)).toEqual([report.id]);
  });

  it('D20: a publication and a discussion retried with the same Idempotency-Key are recorded once (Art. 17.6, 17.8)', async () => {
    const id = (await draft(retrying)).json<AnnualReportView>().id;
    const path = `/api/v1/monitoring/annual-reports/${id}`;
    const retried = async (act: string, key: string, body: object, status: number): Promise<void> => {
      const send = (payload: object) =>
        service.call('POST', `${path}/${act}`, officerOf(retrying), payload, { 'idempotency-key': key });
      const first = await send(body);
      const retry = await send(body);
      expect([first.statusCode, retry.statusCode]).toEqual([status, status]);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json()).toEqual(first.json());
      const other = await send({ ...body, heldOn: '2027-03-04' });
      expect({ status: other.statusCode, code: code(other) }).toEqual({
        status: 422,
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
    };
    await retried('publication', 'publication-retry-1', { ...publication, publishedOn: '2027-03-05' }, 200);
    await retried('discussions', 'discussion-retry-1', { ...discussion, heldOn: '2027-03-05' }, 201);

    const report = (await service.call('GET', path)).json<AnnualReportView>();
    expect(report).toMatchObject({ status: 'published', publishedOn: '2027-03-05' });
    expect(report.discussions).toHaveLength(1);
  });

  it('lists the owners without a report on the year both published and publicly discussed (Art. 17.6-8)', async () => {
    const publishedBy = async (o: TestOrganization): Promise<string> => {
      const id = (await draft(o)).json<AnnualReportView>().id;
      const answer = await service.call(
        'POST',
        `/api/v1/monitoring/annual-reports/${id}/publication`,
        officerOf(o),
        {
          ...publication,
          publishedOn: '2027-03-05',
        },
      );
      expect(answer.statusCode).toBe(200);
      return id;
    };
    const pending = await publishedBy(undiscussed);
    const done = await publishedBy(exemplary);
    const recorded = await service.call(
      'POST',
      `/api/v1/monitoring/annual-reports/${done}/discussions`,
      officerOf(exemplary),
      {
        ...discussion,
        heldOn: '2027-03-05',
      },
    );
    expect(recorded.statusCode).toBe(201);

    const response = await service.call(
      'GET',
      '/api/v1/monitoring/annual-reports/violations?year=2026&size=200',
      analyst,
    );
    expect(response.statusCode).toBe(200);
    const listed = response.json<{ items: ReportViolation[] }>().items;
    expect(listed).toContainEqual({ ownerId: silent.id, reportId: null, published: false, discussed: false });
    expect(listed).toContainEqual({
      ownerId: undiscussed.id,
      reportId: pending,
      published: true,
      discussed: false,
    });
    expect(listed.map((v) => v.ownerId)).not.toContain(exemplary.id);
    expect(
      (await service.call('GET', '/api/v1/monitoring/annual-reports/violations?year=2026', officerOf(silent)))
        .statusCode,
    ).toBe(403);
  });

  it('refuses bad and hostile input naming the problem, writing nothing', async () => {
    const owner = officerOf(silent);
    const cases: Array<[string, object]> = [
      ['/api/v1/monitoring/annual-reports', { year: 2026, narrative: { kk: ' ', ru: 'Отчет' } }],
      ['/api/v1/monitoring/annual-reports', { year: '2026', narrative }],
      ['/api/v1/monitoring/annual-reports', { year: true, narrative }],
      ['/api/v1/monitoring/annual-reports', { year: 2026, narrative: 'Отчет' }],
      ['/api/v1/monitoring/annual-reports', { year: 2026, narrative: { kk: 'a\u0000', ru: 'b' } }],
      [
        `/api/v1/monitoring/annual-reports/${randomUUID()}/publication`,
        { ...publication, publicationUrl: 'javascript:alert(1)' },
      ],
      [
        `/api/v1/monitoring/annual-reports/${randomUUID()}/publication`,
        { ...publication, publishedOn: '2027-02-30' },
      ],
      [
        `/api/v1/monitoring/annual-reports/${randomUUID()}/discussions`,
        { ...discussion, participants: { providers: -1, individuals: 0, legalEntities: 0 } },
      ],
      [
        `/api/v1/monitoring/annual-reports/${randomUUID()}/discussions`,
        { ...discussion, participants: { providers: true, individuals: 0, legalEntities: 0 } },
      ],
    ];
    const count = async (): Promise<unknown> =>
      service.app
        .get(DataSource)
        .query(
          'SELECT (SELECT count(*) FROM annual_report) AS r, (SELECT count(*) FROM annual_report_discussion) AS d',
        );
    const before = await count();
    for (const [url, body] of cases) {
      const response = await service.call('POST', url, owner, body);
      expect({ url, body, status: response.statusCode, code: code(response) }).toEqual({
        url,
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await count()).toEqual(before);
  });
});
