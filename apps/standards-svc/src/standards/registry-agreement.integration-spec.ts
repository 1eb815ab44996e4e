import { randomUUID } from 'node:crypto';
import { StandardsEventTypes } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { localDateOf } from '@kzps/calendar';
import {
  publish,
  registryTopics,
  serviceAmended,
  type TestOrganization,
  type TestService,
} from '../test/harness';
import { outboxEvents } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';
import type { StandardContent } from './standard-content';

// Art. 6.2, 8, 18: the standard repeats what the registry holds for its service (owner, providers, paid or
// free, channels and the form of delivery); the standard in force is what services are delivered by.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000410', kind: 'central-state-body' };
const centre: TestOrganization = {
  id: randomUUID(),
  bin: '100000000420',
  kind: 'legal-entity',
  name: { kk: 'Республикалық орталық', ru: 'Республиканский центр' },
};
const { psa, ia, justice } = designatedBodies();
const owner = officerOf(ministry, 'owner-officer');
const authority = officerOf(psa, 'public-services-authority');
const registrar = officerOf(justice, 'justice-officer');
const includedAt = new Date('2026-03-02T05:00:00Z');

const fee5000 = {
  free: false,
  amountKzt: 5000,
  legalBasis: { kk: 'Салық кодексі', ru: 'Налоговый кодекс' },
  paymentMethods: ['egov_payment_gateway' as const],
};

/** Free, delivered by the ministry and the centre, at the provider only (no portal in the entry). */
const freeAtProvider = (): TestService => ({
  id: randomUUID(),
  ownerId: ministry.id,
  providerIds: [ministry.id, centre.id],
  channels: ['provider'],
});

interface Problem {
  status: number;
  code: string;
  errors: Array<{ field: string; message: string; localizedMessage?: { kk: string; ru: string } }>;
  mismatches: Array<{ item: string; article: string; path: string; message: { kk: string; ru: string } }>;
  localizedDetail: { kk: string; ru: string };
}

describe('the standard agrees with the registry (Art. 6.2, 8, 18)', () => {
  const { app, call, driver } = useStandardsApp(
    'standards_registry_agreement',
    [ministry, centre, psa, ia, justice],
    includedAt,
  );

  it('refuses a 5,000 KZT fee for a free service, listing every difference in kk and ru (Art. 6.2, 8, 18.2)', async () => {
    const service = freeAtProvider();
    const id = await standardAt(driver(), { service, includedAt, stage: 'included', owner, content: {} });
    const base = completeContent(ministry.id, 5, [ministry.id]);
    const draft: StandardContent = {
      ...base,
      channels: ['provider', 'electronic'],
      providers: [
        ...(base.providers ?? []),
        { name: { kk: 'Белгісіз мекеме', ru: 'Неизвестное учреждение' } },
      ],
      fee: fee5000,
      documents: [
        {
          name: { kk: 'Өтініш', ru: 'Заявление' },
          mandatory: true,
          form: 'original',
          perChannel: [{ channel: 'electronic', mandatory: true, form: 'electronic_copy' }],
        },
      ],
    };

    const refused = await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: draft });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const problem = refused.json<Problem>();
    expect(problem.code).toBe('STANDARD_CONTENT_DISAGREES_WITH_REGISTRY');
    expect(problem.errors.map((e) => e.field)).toEqual([
      'content.providers[1].name',
      'content.providers',
      'content.fee.free',
      'content.channels',
      'content.channels',
      'content.documents[0].perChannel[0].channel',
    ]);
    expect(problem.mismatches.map((m) => [m.item, m.article])).toEqual([
      ['providers', '6.2, 8.1'],
      ['providers', '6.2, 8.1'],
      ['fee', '6.2, 8.6, 18.2'],
      ['channels', '6.2, 15'],
      ['deliveryForm', '6.2, 15'],
      ['documents', '6.2, 15'],
    ]);
    expect(problem.mismatches[2]?.message).toEqual({
      kk: 'Тізілімде қызмет тегін, ал стандартта 5000 теңге төлем белгіленген',
      ru: 'В реестре услуга бесплатная, а стандарт устанавливает плату 5000 тенге',
    });
    expect(problem.localizedDetail.ru).toContain('Республиканский центр');
    expect(problem.localizedDetail.ru).toContain('веб-портала «электронного правительства»');
    expect(problem.localizedDetail.kk).toContain('5000 теңге');

    // Nothing was written: the draft is still empty.
    const standard = (await call('GET', `/api/v1/standards/${id}`, owner)).json<{
      working: { workingDraft?: StandardContent };
    }>();
    expect(standard.working.workingDraft ?? {}).toEqual({});

    // The same draft as the registry has it: free, the centre named without an id by its registry name.
    const agreeing = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: {
        ...base,
        channels: ['provider'],
        providers: [...(base.providers ?? []), { name: { kk: ' республикалық  орталық', ru: 'Иное' } }],
      },
    });
    expect(agreeing.statusCode).toBe(200);
  });

  it('Art. 5: names each difference from the registry in Kazakh and Russian, field by field', async () => {
    // The draft sets a fee and leaves out the centre.
    const service = freeAtProvider();
    const id = await standardAt(driver(), { service, includedAt, stage: 'included', owner, content: {} });
    const draft: StandardContent = { ...completeContent(ministry.id, 5, [ministry.id]), fee: fee5000 };

    const refused = await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: draft });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<Problem>();
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'content.providers',
        localizedMessage: {
          kk: 'Тізілімдегі көрсетуші Республикалық орталық стандартта аталмаған',
          ru: 'Поставщик из реестра Республиканский центр не назван в стандарте',
        },
      }),
      expect.objectContaining({
        field: 'content.fee.free',
        localizedMessage: {
          kk: 'Тізілімде қызмет тегін, ал стандартта 5000 теңге төлем белгіленген',
          ru: 'В реестре услуга бесплатная, а стандарт устанавливает плату 5000 тенге',
        },
      }),
    ]);
    expect(problem.localizedDetail).toEqual({
      kk:
        'Тізілімдегі көрсетуші Республикалық орталық стандартта аталмаған; ' +
        'Тізілімде қызмет тегін, ал стандартта 5000 теңге төлем белгіленген',
      ru:
        'Поставщик из реестра Республиканский центр не назван в стандарте; ' +
        'В реестре услуга бесплатная, а стандарт устанавливает плату 5000 тенге',
    });
  });

  it('registers nothing the registry has since made free: no standard in force reaches delivery (Art. 6.2, 18.2)', async () => {
    // Paid when the draft was agreed, at the provider only.
    const service: TestService = {
      id: randomUUID(),
      ownerId: ministry.id,
      providerIds: [ministry.id],
      channels: ['provider'],
      entry: { paid: true },
    };
    const id = await standardAt(driver(), {
      service,
      includedAt,
      stage: 'registration',
      owner,
      content: { ...completeContent(ministry.id), fee: fee5000 },
      approverOf: () => authority,
    });

    const { clock } = driver();
    // The minister's order approves the agreed version (Art. 7.1) ...
    const act = await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, approvingAct(clock));
    expect(act.statusCode).toBe(200);
    // ... and the registry makes the service free (an amending order) before the Ministry of Justice registers it.
    await publish(driver().kafka, registryTopics.services, [
      serviceAmended({ ...service, entry: { paid: false } }, clock.now(), 'Выдача справки (бесплатно)'),
    ]);
    await eventually(async () => {
      const [row]: Array<{ paid: boolean }> = await app()
        .get(DataSource)
        .query('SELECT paid FROM service_ref WHERE id = $1', [service.id]);
      return row?.paid === false;
    }, 'the registry amendment in the read model');

    const refused = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `R-${service.id.slice(0, 6)}`,
      date: localDateOf(clock.now()),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().errors.map((e) => e.field)).toEqual(['content.fee.free']);
    expect((await call('GET', `/api/v1/standards/${id}`)).json<{ status: string }>().status).toBe(
      'registration',
    );
    expect(await outboxEvents(app(), StandardsEventTypes.standardInForce, id)).toEqual([]);
  });
});
