import { randomUUID } from 'node:crypto';
import { eventCatalog, StandardsEventTypes } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { DeadlineWatcher } from '../clocks/deadline-watcher';
import {
  publish,
  registryTopics,
  serviceIncluded,
  type TestOrganization,
  type TestService,
} from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Art. 25, the transition: the registry's stock with historical decree dates, and the standards and
// reglaments already in force, are loaded without starting clocks in the past. Each test includes services
// of its own, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000012', kind: 'central-state-body' };
const otherMinistry: TestOrganization = { id: randomUUID(), bin: '100000000013', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, otherMinistry, psa, ia, justice];
const authority = officerOf(psa, 'public-services-authority');
// The law entered into force on 1 March 2026 (configured): the alignment term ends on 1 June 2026.
const lawInForce = '2026-03-01';
const registryTime = new Date('2026-04-01T05:00:00Z');

interface Term {
  kind: string;
  status: string;
  startsAt: string;
  dueDate: string;
}

describe('transition (Art. 25)', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_transition', organizations, registryTime, {
    PUBLIC_SERVICES_LAW_IN_FORCE_DATE: lawInForce,
  });

  const service = (): TestService => ({
    id: randomUUID(),
    ownerId: ministry.id,
    providerIds: [ministry.id],
    channels: ['provider'],
  });

  async function include(included: TestService, includedAt: string): Promise<string> {
    await publish(driver().kafka, registryTopics.services, [serviceIncluded(included, new Date(includedAt))]);
    return eventually(async () => {
      const page = (await call('GET', `/api/v1/standards?serviceId=${included.id}`)).json<{
        items: Array<{ id: string }>;
      }>();
      return page.items[0]?.id;
    }, `the standard of ${included.id}`);
  }

  const termsOf = async (id: string): Promise<Term[]> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<{ terms: Term[] }>().terms;

  async function outbox(type: string, subject: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await app()
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`, [
        type,
        subject,
      ]);
    return rows.map((r) => r.payload);
  }

  const imported = (serviceId: string, number: string) => ({
    serviceId,
    content: completeContent(ministry.id),
    approvingAct: {
      kind: 'order',
      number: '148',
      date: '2019-04-12',
      title: { kk: 'Стандартты бекіту туралы', ru: 'Об утверждении стандарта' },
    },
    registration: { number, date: '2019-05-03' },
    inForceFrom: '2019-05-18',
    reglament: {
      generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
      steps: [
        {
          title: { kk: 'Қабылдау', ru: 'Приём' },
          responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
          officialRole: { kk: 'Маман', ru: 'Специалист' },
          duration: { value: 2, unit: 'working_days' },
        },
      ],
      interactions: { internal: { kk: 'Ішкі', ru: 'Внутреннее' } },
      acts: [{ actNumber: '203', actDate: '2019-06-10' }],
    },
  });

  it('starts no clock in the past for the registry’s historical inclusions, only for a current one (Art. 25, 7.1, 9.5)', async () => {
    clock.set('2026-07-01T06:00:00Z');
    // A decree of 2019, before the law; one after it whose three months ran out before it reached here.
    const before = await include(service(), '2019-01-10T05:00:00Z');
    const ranOut = await include(service(), '2026-03-10T05:00:00Z');
    const current = await include(service(), '2026-06-20T05:00:00Z');
    expect(await termsOf(before)).toEqual([]);
    expect(await termsOf(ranOut)).toEqual([]);
    expect((await termsOf(current)).map((t) => [t.kind, t.status]).sort()).toEqual([
      ['public_discussion', 'open'],
      ['standard_adoption', 'open'],
    ]);
    await app().get(DeadlineWatcher).tick();
    for (const id of [before, ranOut]) expect(await outbox(StandardsEventTypes.termMissed, id)).toEqual([]);
  });

  it('imports a standard in force with its act, registration and reglament: a dry run writes nothing, no term is missed, the alignment term runs from the law (Art. 25)', async () => {
    clock.set('2026-04-15T06:00:00Z');
    const stock = service();
    const id = await include(stock, '2019-01-10T05:00:00Z');
    const body = { standards: [imported(stock.id, `t-${stock.id.slice(0, 8)}`)] };

    const dryRun = await call('POST', '/api/v1/standards/imports?dryRun=true', authority, body);
    expect(dryRun.statusCode).toBe(200);
    expect(dryRun.json()).toMatchObject({
      dryRun: true,
      status: 'valid',
      refused: 0,
      items: [
        {
          outcome: 'would_import',
          problems: [],
          alignmentTerm: { outcome: 'tracked', dueDate: '2026-06-01' },
        },
      ],
    });
    expect((await call('GET', `/api/v1/standards/${id}`)).json()).toMatchObject({ status: 'drafting' });
    expect(await outbox(StandardsEventTypes.standardInForce, id)).toEqual([]);

    // Only the authority the registry names imports.
    const byAnotherBody = await call(
      'POST',
      '/api/v1/standards/imports',
      officerOf(otherMinistry, 'public-services-authority'),
      body,
    );
    expect(byAnotherBody.statusCode).toBe(403);
    expect(byAnotherBody.json()).toMatchObject({ code: 'IMPORT_NOT_THE_AUTHORITY' });

    const done = await call('POST', '/api/v1/standards/imports', authority, body);
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({
      status: 'imported',
      items: [{ outcome: 'imported', standardId: id, reglamentImported: true }],
    });
    const standard = (await call('GET', `/api/v1/standards/${id}`)).json<{ status: string; terms: Term[] }>();
    expect(standard.status).toBe('in_force');
    expect(standard.terms).toMatchObject([
      {
        kind: 'transition_alignment',
        status: 'open',
        dueDate: '2026-06-01',
        startsAt: '2026-02-28T19:00:00.000Z',
      },
    ]);
    // Almaty kept UTC+6 until March 2024: 18 May 2019 began at 18:00 UTC.
    expect((await call('GET', `/api/v1/standards/${id}/registration`)).json()).toMatchObject({
      date: '2019-05-03',
      inForceFrom: '2019-05-17T18:00:00.000Z',
      approvingAct: { number: '148', date: '2019-04-12' },
    });
    expect((await call('GET', `/api/v1/standards/${id}/reglament`)).json()).toMatchObject({
      status: 'approved',
      actKind: 'central_body_order',
      acts: [{ organizationId: ministry.id, actNumber: '203', actDate: '2019-06-10' }],
    });
    // applications-svc takes it like any standard in force: the same event, valid by its contract.
    const [inForce] = await outbox(StandardsEventTypes.standardInForce, id);
    expect(inForce).toMatchObject({ serviceId: stock.id, inForceFrom: '2019-05-17T18:00:00.000Z' });
    expect(eventCatalog[StandardsEventTypes.standardInForce].validate(inForce)).toEqual([]);
    await app().get(DeadlineWatcher).tick();
    expect(await outbox(StandardsEventTypes.termMissed, id)).toEqual([]);

    // Imported once: again, it is refused whole, naming each problem in Kazakh and Russian.
    const again = await call('POST', '/api/v1/standards/imports', authority, body);
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({
      code: 'IMPORT_REJECTED',
      report: {
        status: 'rejected',
        items: [
          {
            outcome: 'refused',
            problems: [
              {
                code: 'IMPORT_STANDARD_EXISTS',
                field: 'standards[0].serviceId',
                localizedTitle: { kk: expect.any(String), ru: expect.any(String) },
              },
              { code: 'REGISTRATION_NUMBER_TAKEN', field: 'standards[0].registration.number' },
            ],
          },
        ],
      },
    });
  });

  it('refuses an import whose dates or services are wrong, writing nothing (Art. 25, 7.2)', async () => {
    clock.set('2026-04-20T06:00:00Z');
    const stock = service();
    const id = await include(stock, '2019-01-10T05:00:00Z');
    const good = imported(stock.id, `u-${stock.id.slice(0, 8)}`);
    const unknown = imported(randomUUID(), `v-${stock.id.slice(0, 8)}`);
    const future = { ...imported(stock.id, `w-${stock.id.slice(0, 8)}`), inForceFrom: '2026-05-01' };
    const response = await call('POST', '/api/v1/standards/imports', authority, {
      standards: [good, unknown, future],
    });
    expect(response.statusCode).toBe(422);
    const report = response.json<{
      report: { refused: number; items: Array<{ outcome: string; problems: Array<{ code: string }> }> };
    }>().report;
    expect(report.refused).toBe(2);
    expect(report.items.map((i) => [i.outcome, i.problems.map((p) => p.code)])).toEqual([
      ['would_import', []],
      ['refused', ['IMPORT_SERVICE_UNKNOWN']],
      ['refused', ['IMPORT_SERVICE_REPEATED', 'IMPORT_NOT_YET_IN_FORCE']],
    ]);
    expect((await call('GET', `/api/v1/standards/${id}`)).json()).toMatchObject({ status: 'drafting' });
  });
});
