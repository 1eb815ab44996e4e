import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { addMonths, localDateOf } from '@kzps/calendar';
import { createTestDatabase, eventually, freePort, type TestDatabase } from '@kzps/testing';
import type { TestOrganization } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';
import type { StandardRecommendationView } from './recommendation.view';

const root = join(__dirname, '..', '..', '..', '..');

// The loop of Art. 7.5 and 23.5 across both services over the real broker: monitoring-svc (its own process,
// its own database) issues a recommendation from an accredited NGO's monitoring report; standards-svc shows
// it on the standard; the owner's amendment cites it; the answer comes back to monitoring-svc's register.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const owner = officerOf(ministry, 'owner-officer');
// The registry's quality authority (Art. 7.5, 23): monitoring-svc reads it from the same organisations topic.
const qualityAuthorityBody: TestOrganization = {
  id: randomUUID(),
  bin: '100000000040',
  kind: 'central-state-body',
  roles: ['quality-authority'],
};
const qualityAuthority = {
  subject: 'qa-1',
  roles: ['quality-authority' as const],
  organizationId: qualityAuthorityBody.id,
};
const ngoMonitor = { subject: 'ngo-1', roles: ['ngo-monitor' as const], organizationId: randomUUID() };
const includedAt = new Date('2026-02-20T05:00:00Z');

interface MonitoringRecommendation {
  id: string;
  number: string;
  status: string;
  answer: { response: string; standardId: string; versionId: string | null } | null;
}

describe('a recommendation from an NGO monitoring report, from monitoring-svc to an amendment and back', () => {
  const standards = useStandardsApp(
    'standards_recommendation_loop',
    [ministry, psa, ia, justice, qualityAuthorityBody],
    includedAt,
  );
  let database: TestDatabase;
  let monitoring: ChildProcess;
  let monitoringUrl: string;
  const output: string[] = [];

  beforeAll(async () => {
    const { brokers, issuer } = standards.environment();
    database = await createTestDatabase('monitoring_recommendation_loop');
    const port = await freePort();
    monitoringUrl = `http://127.0.0.1:${port}`;
    monitoring = spawn(
      process.execPath,
      ['-r', join(root, 'tools/scripts/register-ts.cjs'), join(root, 'apps/monitoring-svc/src/main.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          ...issuer.env,
          PORT: String(port),
          DATABASE_URL: database.url,
          KAFKA_BROKERS: brokers,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    monitoring.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    monitoring.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await eventually(
      async () => (await fetch(`${monitoringUrl}/health/ready`).catch(() => undefined))?.ok || undefined,
      'monitoring-svc ready',
      { timeoutMs: 90_000, intervalMs: 250 },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\nmonitoring-svc said:\n${output.join('')}`);
    });
  }, 120_000);

  afterAll(async () => {
    if (monitoring && monitoring.exitCode === null && monitoring.signalCode === null) {
      const exited = new Promise((resolve) => monitoring.once('exit', resolve));
      monitoring.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
  });

  async function toMonitoring(
    method: string,
    path: string,
    body?: object,
    as: typeof qualityAuthority | typeof ngoMonitor = qualityAuthority,
  ): Promise<Response> {
    const token = await standards.environment().issuer.token(as);
    return fetch(`${monitoringUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  /**
   * In monitoring-svc, on its own clock (a process of its own runs on the real time, so the dates follow
   * today): the NGO is accredited, ordered to monitor the service and reports a finding about it (Art. 23.1).
   */
  async function ngoReportAbout(serviceId: string): Promise<string> {
    const ok = async (what: string, response: Promise<Response>): Promise<Record<string, string>> => {
      const answer = await response;
      const body = (await answer.json()) as Record<string, string>;
      if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(body)}`);
      return body;
    };
    const today = localDateOf(new Date());
    const applied = await ok(
      'the accreditation application',
      toMonitoring(
        'POST',
        '/api/v1/monitoring/accreditations',
        {
          ngoBin: '200000000077',
          ngoName: { kk: '«Ашық қоғам» қоры', ru: 'Фонд «Открытое общество»' },
          scope: { kk: 'Әлеуметтік қызметтер', ru: 'Социальные услуги' },
        },
        ngoMonitor,
      ),
    );
    // The quality authority reaches monitoring-svc over the broker; until it has, nobody may decide (D18).
    const accreditation = await eventually(async () => {
      const answer = await toMonitoring(
        'POST',
        `/api/v1/monitoring/accreditations/${applied.accreditationId}/decision`,
        { decision: 'granted', validFrom: today, validUntil: addMonths(today, 12) },
      );
      return answer.status === 200 ? ((await answer.json()) as Record<string, string>) : undefined;
    }, 'the accreditation granted');
    const order = await ok(
      'the state order',
      toMonitoring('POST', '/api/v1/monitoring/monitoring-reports/state-orders', {
        accreditationId: accreditation.accreditationId,
        subject: { kk: 'Мекенжай анықтамасы', ru: 'Адресная справка' },
        serviceIds: [serviceId],
        periodFrom: today,
        periodTo: today,
        reportDueDate: addMonths(today, 1),
      }),
    );
    const report = await ok(
      'the monitoring report',
      toMonitoring(
        'POST',
        '/api/v1/monitoring/monitoring-reports',
        {
          basis: 'state-order',
          stateOrderId: order.stateOrderId,
          periodFrom: today,
          periodTo: today,
          summary: { kk: '300 алушы сұралды', ru: 'Опрошено 300 получателей' },
          findings: [
            { serviceId, text: { kk: 'Анықтама артық', ru: 'Справка избыточна' }, proposal: 'change' },
          ],
        },
        ngoMonitor,
      ),
    );
    return String(report.reportId);
  }

  it('reaches the standard, is cited by the amendment, and comes back accepted with the version (Art. 7.5, 23.5)', async () => {
    const serviceId = randomUUID();
    const standardId = await standardAt(standards.driver(), {
      service: { id: serviceId, ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: () => officerOf(psa, 'public-services-authority'),
      registrar: officerOf(justice, 'justice-officer'),
    });

    const monitoringReportId = await ngoReportAbout(serviceId);
    const issued = await toMonitoring('POST', '/api/v1/monitoring/recommendations', {
      serviceId,
      action: 'amend',
      source: 'public_monitoring',
      monitoringReportId,
      content: {
        kk: 'Мекенжай анықтамасын тізбеден алып тастау',
        ru: 'Исключить адресную справку из перечня',
      },
    });
    expect(issued.status).toBe(201);
    const recommendation = (await issued.json()) as MonitoringRecommendation;

    const shown = await eventually(
      async () => {
        const page = (
          await standards.call('GET', `/api/v1/standards/${standardId}/recommendations?status=pending`)
        ).json<{ items: StandardRecommendationView[] }>();
        return page.items.find((r) => r.id === recommendation.id);
      },
      'the recommendation shown on the standard',
      { timeoutMs: 60_000 },
    );
    expect(shown).toMatchObject({ number: recommendation.number, action: 'amend', status: 'pending' });

    const amendment = await standards.call('POST', `/api/v1/standards/${standardId}/versions`, owner, {
      kind: 'amendment',
      basis: 'public_monitoring',
      recommendationId: recommendation.id,
    });
    expect(amendment.statusCode).toBe(201);
    const version = amendment.json<{ id: string; basis: { recommendationId: string; reference: string } }>();
    expect(version.basis).toMatchObject({
      recommendationId: recommendation.id,
      reference: recommendation.number,
    });

    const tracked = await eventually(
      async () => {
        const response = await toMonitoring('GET', `/api/v1/monitoring/recommendations/${recommendation.id}`);
        const body = (await response.json()) as MonitoringRecommendation;
        return body.status === 'accepted' ? body : undefined;
      },
      'the answer back in monitoring-svc',
      { timeoutMs: 60_000 },
    );
    expect(tracked.answer).toMatchObject({ response: 'accepted', standardId, versionId: version.id });
  });
});
