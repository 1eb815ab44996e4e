import { RegistryEventTypes, Topics, type ServiceIncludedV1 } from '@kzps/contracts';
import { jsonSchemaProblems, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { listenTo, type EventListener } from '../test/event-listener';
import { entryRequests, type EntryRequests } from '../test/registry-entry-requests';
import { createFixture, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

describe('registry events', () => {
  let t: RegistryTestApp;
  let f: Fixture;
  let r: EntryRequests;
  let listener: EventListener;

  // Time moves only when a test moves it; each test starts at the real now.
  const clock = new TestClock(new Date());
  afterEach(() => clock.set(new Date()));

  beforeAll(async () => {
    t = await startRegistryTestApp({}, clock);
    f = await createFixture(t);
    r = entryRequests(t, f);
    listener = await listenTo([Topics.registryServices, Topics.registryOrganizations]);
  });

  afterAll(async () => {
    await listener?.close();
    await t?.close();
  });

  const eventFor = (subject: string, type: string) => listener.eventFor(subject, type);

  /** Every Art. 6.2 field of the birth registration fixture, as each service event carries it. */
  const entryOf = (id: string) => ({
    serviceId: id,
    code: expect.any(String),
    nameKk: 'Баланың тууын тіркеу, оның ішінде өзгерістер енгізу',
    nameRu: 'Регистрация рождения ребенка, в том числе внесение изменений',
    descriptionKk: 'Туу туралы куәлік қағаз немесе электрондық нысанда беріледі',
    descriptionRu: 'Выдается свидетельство о рождении в бумажной или электронной форме',
    recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
    ownerOrganizationId: f.ministryId,
    providerOrganizationIds: [f.akimatId],
    intakeOrganizationIds: [f.pscId],
    intakeViaPortal: true,
    deliveryForm: 'paper-and-electronic',
    channels: ['state-corporation', 'e-government-portal'],
    deliveryChannels: ['psc', 'e-government-portal'],
    paid: false,
    feeLegalBasis: null,
    statutoryBasis: {
      kk: '«Неке (ерлі-зайыптылық) және отбасы туралы» Қазақстан Республикасының Кодексі',
      ru: 'Кодекс Республики Казахстан «О браке (супружестве) и семье»',
    },
    classifierCode: '01.01',
    termWorkingDays: 1,
  });

  let id: string;

  it('publishes the inclusion with every Art. 6.2 field, keyed by the service id', async () => {
    id = await r.draft();
    const included = await r.action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
    expect(included.statusCode).toBe(200);

    const event = await eventFor(id, RegistryEventTypes.serviceIncluded);
    expect(event.headers).toMatchObject({
      ce_source: '/kzps/registry-svc',
      ce_subject: id,
      ce_specversion: '1.0',
    });
    // Art. 6.2, field by field, typed in the contract: the consumer needs no call back.
    const payload: ServiceIncludedV1 = event.value as unknown as ServiceIncludedV1;
    expect(jsonSchemaProblems(RegistryEventTypes.serviceIncluded, payload)).toEqual([]);
    expect(payload).toEqual({
      ...entryOf(id),
      version: 2,
      legalBasis: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
      decree: {
        number: '1218',
        date: '2025-03-18',
        effectiveDate: '2025-03-18',
        kind: 'government-resolution',
        title: {
          kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
          ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
        },
      },
      includedAt: '2025-03-17T19:00:00.000Z',
    });
  });

  it('publishes a scheduled amendment with the whole amended entry, and the kind of its act, when it takes effect', async () => {
    const amended = await r.action(id, 'amendments', {
      decreeKind: 'authorised-body-order',
      decreeNumber: '455',
      decreeDate: '2025-07-01',
      effectiveDate: '2099-01-01',
      changes: { channels: ['psc', 'specialised-psc', 'e-government-portal'], termWorkingDays: 3 },
    });
    expect(amended.statusCode).toBe(200);
    // 00:00 on 1 January 2099 in Kazakhstan.
    clock.set('2098-12-31T19:00:00Z');
    expect(await t.app.get(ScheduledVersionsWatcher).tick()).toBe(1);

    const event = await eventFor(id, RegistryEventTypes.serviceAmended);
    expect(jsonSchemaProblems(RegistryEventTypes.serviceAmended, event.value)).toEqual([]);
    expect(event.value).toEqual({
      ...entryOf(id),
      version: 3,
      termWorkingDays: 3,
      deliveryChannels: ['psc', 'specialised-psc', 'e-government-portal'],
      legalBasis:
        'Приказ уполномоченного органа в сфере оказания государственных услуг от 1 июля 2025 г. № 455',
      decree: {
        number: '455',
        date: '2025-07-01',
        effectiveDate: '2099-01-01',
        kind: 'authorised-body-order',
        title: {
          kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның 2025 жылғы 1 шілдедегі № 455 бұйрығы',
          ru: 'Приказ уполномоченного органа в сфере оказания государственных услуг от 1 июля 2025 г. № 455',
        },
      },
      amendedAt: '2098-12-31T19:00:00.000Z',
    });
    expect(listener.eventsFor(id, RegistryEventTypes.serviceAmended)).toHaveLength(1);
  });

  it('publishes the exclusion with the entry as it left the registry and the reason in both languages', async () => {
    const excluded = await r.action(id, 'exclusion', {
      decreeNumber: '901',
      decreeDate: '2099-01-15',
      reason: { kk: 'Қызмет проактивті көрсетіледі', ru: 'Услуга оказывается проактивно' },
    });
    expect(excluded.statusCode).toBe(200);
    clock.set('2099-01-14T19:00:00Z');
    await t.app.get(ScheduledVersionsWatcher).tick();

    const event = await eventFor(id, RegistryEventTypes.serviceExcluded);
    expect(jsonSchemaProblems(RegistryEventTypes.serviceExcluded, event.value)).toEqual([]);
    expect(event.value).toEqual({
      ...entryOf(id),
      version: 4,
      termWorkingDays: 3,
      deliveryChannels: ['psc', 'specialised-psc', 'e-government-portal'],
      legalBasis: 'Постановление Правительства Республики Казахстан от 15 января 2099 г. № 901',
      decree: expect.objectContaining({ number: '901', kind: 'government-resolution' }),
      excludedAt: '2099-01-14T19:00:00.000Z',
      reason: 'Услуга оказывается проактивно',
      reasonKk: 'Қызмет проактивті көрсетіледі',
      reasonRu: 'Услуга оказывается проактивно',
    });
  });

  it('publishes organisation upserts with the registry kind beside the contract kind', async () => {
    const event = await eventFor(f.pscId, RegistryEventTypes.organizationUpserted);
    expect(jsonSchemaProblems(RegistryEventTypes.organizationUpserted, event.value)).toEqual([]);
    expect(event.value).toMatchObject({
      organizationId: f.pscId,
      kind: 'state-corporation',
      registryKind: 'psc',
      version: 1,
    });
  });

  it('writes the audit record in the same transaction as the change', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<Array<{ action: string; actor_subject: string }>>(
        `SELECT action, actor_subject FROM audit_record WHERE resource_id = $1 ORDER BY occurred_at`,
        [f.ministryId],
      );
    expect(rows).toEqual([
      { action: 'organization.created', actor_subject: 'officer-1' },
      // The administrator's designation of the ministry on its act (D38).
      { action: 'organization.authority-roles', actor_subject: 'admin' },
    ]);
  });
});
