import { randomUUID } from 'node:crypto';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { TermCalendar } from '../clocks/term-calendar';
import {
  individualProviderUpserted,
  publish,
  registryTopics,
  serviceAmended,
  serviceExcluded,
  serviceIncluded,
  type TestOrganization,
  type TestService,
} from '../test/harness';
import { handled, standardOf, type StandardBody } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { officerOf, useStandardsApp } from '../test/test-app';

// The registry's services and organisations as this service takes them in (inbox, read model): inclusion
// starts a standard's clocks, exclusion stops them, events out of order keep the newer state. Each test
// takes a service of its own, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const owner = officerOf(ministry, 'owner-officer');
// 20 February 2026, 10:00 in Almaty: 30 days end in Nauryz, so on 26 March.
const includedAt = new Date('2026-02-20T05:00:00Z');
const aService = (): TestService => ({
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [ministry.id],
  channels: ['e-government-portal'],
});

describe('the registry’s events in the read model', () => {
  const { app, call, driver } = useStandardsApp('standards_registry_events', [ministry], includedAt);
  const kafka = () => driver().kafka;

  const included = (service: TestService): Promise<string> =>
    standardAt(driver(), {
      service,
      includedAt,
      stage: 'included',
      owner,
      content: completeContent(ministry.id),
    });
  /** The standard once `accepted` holds for it. */
  const standardWhen = (id: string, accepted: (body: StandardBody) => boolean, what: string) =>
    eventually(async () => {
      const body = (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();
      return accepted(body) ? body : undefined;
    }, what);

  it('handles a redelivered or repeated inclusion once (inbox)', async () => {
    const service = aService();
    await included(service);
    const repeated = serviceIncluded(service, includedAt);
    await publish(kafka(), registryTopics.services, [repeated, repeated]);
    await handled(app(), repeated, 'the repeated inclusion to be handled');
    const dataSource = app().get(DataSource);
    const standards: unknown[] = await dataSource.query('SELECT 1 FROM standard WHERE service_id = $1', [
      service.id,
    ]);
    const terms: unknown[] = await dataSource.query(
      'SELECT 1 FROM statutory_term t JOIN standard s ON s.id = t.standard_id WHERE s.service_id = $1',
      [service.id],
    );
    expect([standards.length, terms.length]).toEqual([1, 2]);
  });

  it('stops the clocks of a service excluded from the registry and refuses its discussion', async () => {
    const service = aService();
    const id = await included(service);
    await publish(kafka(), registryTopics.services, [serviceExcluded(service.id, includedAt)]);
    const standard = await standardWhen(id, (s) => s.service.status === 'excluded', 'the exclusion');
    expect(standard.terms.map((t) => t.status)).toEqual(['lapsed', 'lapsed']);
    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id) });
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, owner)).json()).toMatchObject({
      code: 'SERVICE_EXCLUDED',
    });
  });

  it('includes an excluded service again on a later inclusion, its clocks counted from then', async () => {
    const service = aService();
    const id = await included(service);
    await publish(kafka(), registryTopics.services, [serviceExcluded(service.id, includedAt)]);
    await standardWhen(id, (s) => s.service.status === 'excluded', 'the exclusion');
    const reincludedAt = new Date('2026-03-02T05:00:00Z');
    await publish(kafka(), registryTopics.services, [serviceIncluded(service, reincludedAt)]);
    const standard = await standardWhen(id, (s) => s.service.status === 'included', 'the re-inclusion');
    const calendar = app().get(TermCalendar);
    expect(standard.terms.map((t) => [t.kind, t.status, t.startsAt, t.dueDate])).toEqual(
      expect.arrayContaining([
        [
          'standard_adoption',
          'open',
          reincludedAt.toISOString(),
          calendar.monthsAfter(reincludedAt, 3).dueDate,
        ],
        [
          'public_discussion',
          'open',
          reincludedAt.toISOString(),
          calendar.calendarDaysAfter(reincludedAt, 30).dueDate,
        ],
      ]),
    );
  });

  it('keeps an amendment that arrives before its inclusion, and starts the standard when the inclusion comes', async () => {
    const service = aService();
    const amendment = serviceAmended(
      service,
      new Date(includedAt.getTime() + 3_600_000),
      'Выдача справки (новая редакция)',
    );
    await publish(kafka(), registryTopics.services, [amendment]);
    await handled(app(), amendment, 'the amendment to be handled');
    // No inclusion date yet: no standard and no clocks.
    expect((await call('GET', `/api/v1/standards?serviceId=${service.id}`)).json()).toMatchObject({
      total: 0,
    });

    await publish(kafka(), registryTopics.services, [serviceIncluded(service, includedAt)]);
    const standard = await eventually(
      () => standardOf(call, service.id),
      'the standard of the service amended first',
    );
    // The newer entry (the amendment's) stands; the clocks count from the inclusion.
    expect(standard.service.name.ru).toBe('Выдача справки (новая редакция)');
    expect(standard.terms.find((t) => t.kind === 'public_discussion')?.dueDate).toBe('2026-03-26');
  });

  it('records an exclusion that carries the entry of a service not seen yet, and starts no clock for it', async () => {
    const service = aService();
    const excludedAt = new Date(includedAt.getTime() + 7_200_000);
    await publish(kafka(), registryTopics.services, [serviceExcluded(service.id, excludedAt, service)]);
    await publish(kafka(), registryTopics.services, [serviceIncluded(service, includedAt)]);
    const standard = await eventually(
      () => standardOf(call, service.id),
      'the standard of the service excluded first',
    );
    expect(standard.service.status).toBe('excluded');
    expect(standard.terms.map((t) => t.status)).toEqual(['lapsed', 'lapsed']);
  });

  it('keeps an individual provider, who has no BIN, among the organisations', async () => {
    const notary = randomUUID();
    await publish(kafka(), registryTopics.organizations, [individualProviderUpserted(notary, includedAt)]);
    const [row] = await eventually(async () => {
      const rows: Array<{ bin: string | null; kind: string }> = await app()
        .get(DataSource)
        .query('SELECT bin, kind FROM organization_ref WHERE id = $1', [notary]);
      return rows.length > 0 ? rows : undefined;
    }, 'the individual provider');
    expect(row).toEqual({ bin: null, kind: 'individual' });
  });
});
