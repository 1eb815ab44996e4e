import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StandardsEventTypes } from '@kzps/contracts';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  handled,
  inputTopics,
  organizationUpserted,
  publish,
  serviceIncluded,
  standardAmended,
  standardInForce,
  startService,
  type RunningService,
} from '../test/harness';
import { standardFixture } from '../test/standard-fixtures';
import { TestClock } from '@kzps/testing';
import { testOrganizations } from '../test/world';
import { OrganizationRef } from './organization-ref.entity';
import { ServiceRef } from './service-ref.entity';
import { standardItemId } from './standard-content-ids';
import { StandardVersionRef } from './standard-version-ref.entity';

const at = new Date('2026-03-02T05:00:00Z');
const { ministry, psc } = testOrganizations();

describe('applications-svc read model', () => {
  let service: RunningService;
  let app: NestFastifyApplication;
  let kafka: Kafka;

  const versionsOf = (standardId: string): Promise<StandardVersionRef[]> =>
    app
      .get(DataSource)
      .getRepository(StandardVersionRef)
      .find({ where: { standardId }, order: { versionNumber: 'ASC' } });

  beforeAll(async () => {
    service = await startService('applications_read_model', new TestClock(at));
    ({ app, kafka } = service);
  }, 60_000);

  afterAll(() => service?.stop());

  it('keeps providers and PSCs with their kind, roles and KATO region from the registry', async () => {
    const events = [organizationUpserted(ministry, at), organizationUpserted(psc, at)];
    await publish(kafka, inputTopics.organizations, events);
    await handled(app, events);
    const stored = await app.get(DataSource).getRepository(OrganizationRef).findOneByOrFail({ id: psc.id });
    expect(stored).toMatchObject({ registryKind: 'psc', roles: ['psc-operator'], regionKato: '710000000' });
  });

  it('keeps the service and the standard in force by version, with ids for its documents and grounds', async () => {
    const entry = { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id] };
    const standard = standardFixture({
      serviceId: entry.id,
      ownerId: ministry.id,
      providerIds: [ministry.id],
    });
    const included = serviceIncluded(entry, at);
    const inForce = standardInForce(standard, at);
    await publish(kafka, inputTopics.services, [included]);
    await publish(kafka, inputTopics.standards, [inForce]);
    await handled(app, [included, inForce]);

    expect(
      await app.get(DataSource).getRepository(ServiceRef).findOneByOrFail({ id: entry.id }),
    ).toMatchObject({
      ownerId: ministry.id,
      providerIds: [ministry.id],
      status: 'included',
    });
    const [version] = await versionsOf(standard.standardId);
    expect(version).toMatchObject({
      id: standard.versionId,
      status: 'in_force',
      channels: ['provider', 'psc', 'specialised_psc', 'electronic'],
      term: standard.term,
      queueWait: standard.queueWait,
      fee: standard.fee,
    });
    expect(version?.documents.map((d) => d.id)).toEqual(
      [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
    );
    expect(version?.refusalGrounds[1]).toMatchObject({
      id: standardItemId(standard.versionId, 'refusal-grounds', 1),
      text: standard.refusalGrounds[1]?.text,
    });
  });

  it('puts an amendment in force beside the version it supersedes, whatever order they arrive in', async () => {
    const serviceId = randomUUID();
    const first = standardFixture({ serviceId, ownerId: ministry.id, providerIds: [ministry.id] });
    const second = {
      ...standardFixture({ serviceId, ownerId: ministry.id, providerIds: [ministry.id] }),
      standardId: first.standardId,
      versionNumber: 2,
      term: { value: 10, unit: 'working_days', acceptanceDayCounts: true },
      supersededVersionId: first.versionId,
    };
    // The amendment first, as after a redelivery: the first version must not take its place.
    const amended = standardAmended(second, at);
    const inForce = standardInForce(first, at);
    await publish(kafka, inputTopics.standards, [amended]);
    await handled(app, [amended]);
    await publish(kafka, inputTopics.standards, [inForce]);
    await handled(app, [inForce]);

    const versions = await versionsOf(first.standardId);
    expect(versions.map((v) => [v.versionNumber, v.status, v.term.value])).toEqual([
      [1, 'superseded', 5],
      [2, 'in_force', 10],
    ]);
  });

  it('leaves no version in force once the standard is cancelled', async () => {
    const serviceId = randomUUID();
    const standard = standardFixture({ serviceId, ownerId: ministry.id, providerIds: [ministry.id] });
    const inForce = standardInForce(standard, at);
    const cancelled = {
      ...inForce,
      id: randomUUID(),
      type: StandardsEventTypes.standardCancelled,
      data: {
        standardId: standard.standardId,
        serviceId,
        cancelledVersionId: standard.versionId,
        registrationNumber: 'R-cancel',
        registrationDate: '2026-03-01',
        cancelledFrom: at.toISOString(),
        basis: { kind: 'owner_initiative', reference: null },
      },
    };
    await publish(kafka, inputTopics.standards, [inForce, cancelled]);
    await handled(app, [inForce, cancelled]);
    expect((await versionsOf(standard.standardId)).map((v) => v.status)).toEqual(['cancelled']);
  });
});
