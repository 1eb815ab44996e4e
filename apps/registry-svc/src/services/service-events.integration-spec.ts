import { randomUUID } from 'node:crypto';
import { eventCatalog, RegistryEventTypes, Topics, type ServiceIncludedV1 } from '@kzps/contracts';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createFixture, birthRegistration, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Received {
  headers: Record<string, string>;
  key: string;
  value: Record<string, unknown>;
}

describe('registry events', () => {
  let t: RegistryTestApp;
  let f: Fixture;
  let consumer: Consumer;
  const received: Received[] = [];

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
    const kafka = new Kafka({
      clientId: 'registry-events-test',
      brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
      logLevel: logLevel.NOTHING,
    });
    consumer = kafka.consumer({
      groupId: `registry-events-test-${randomUUID()}`,
      sessionTimeout: 6_000,
      heartbeatInterval: 500,
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: [Topics.registryServices, Topics.registryOrganizations],
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(
          Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
        );
        received.push({
          headers,
          key: String(message.key),
          value: JSON.parse(String(message.value)) as Record<string, unknown>,
        });
        await Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await t?.close();
  });

  async function eventFor(subject: string, type: string): Promise<Received> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = received.find((r) => r.key === subject && r.headers.ce_type === type);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${type} event for ${subject}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('publishes the inclusion with every Art. 6.2 field, keyed by the service id', async () => {
    const auth = { authorization: `Bearer ${f.writer}` };
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth,
      payload: birthRegistration(f),
    });
    const id = created.json<{ id: string }>().id;
    const included = await t.inject({
      method: 'POST',
      url: `/api/v1/registry/services/${id}/inclusion`,
      headers: auth,
      payload: { decreeNumber: '1218', decreeDate: '2025-03-18' },
    });
    expect(included.statusCode).toBe(200);

    const event = await eventFor(id, RegistryEventTypes.serviceIncluded);
    expect(event.headers).toMatchObject({
      ce_source: '/kzps/registry-svc',
      ce_subject: id,
      ce_specversion: '1.0',
    });
    // Art. 6.2, field by field, typed in the contract: the consumer needs no call back.
    const payload: ServiceIncludedV1 = event.value as unknown as ServiceIncludedV1;
    expect(eventCatalog[RegistryEventTypes.serviceIncluded].validate(payload)).toEqual([]);
    expect(payload).toEqual({
      serviceId: id,
      code: expect.any(String),
      version: 2,
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
      legalBasis: 'Постановление Правительства Республики Казахстан от 2025-03-18 № 1218',
      decree: { number: '1218', date: '2025-03-18', effectiveDate: '2025-03-18' },
      includedAt: '2025-03-17T19:00:00.000Z',
    });
  });

  it('publishes organisation upserts with the registry kind beside the contract kind', async () => {
    const event = await eventFor(f.pscId, RegistryEventTypes.organizationUpserted);
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
    expect(rows).toEqual([{ action: 'organization.created', actor_subject: 'officer-1' }]);
  });
});
