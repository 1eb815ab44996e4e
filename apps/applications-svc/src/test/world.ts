import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import type { EventEnvelope, StandardInForceV1 } from '@kzps/contracts';
import type { Kafka } from 'kafkajs';
import {
  handled,
  inputTopics,
  organizationUpserted,
  publish,
  serviceIncluded,
  standardInForce,
  type TestOrganization,
} from './harness';
import { standardFixture } from './standard-fixtures';

/**
 * The organisations of one test file: a ministry that owns and delivers, an akimat, a PSC, a specialised PSC.
 * Their BINs carry valid check digits: a certificate naming one is a legal entity's (libs/identifiers).
 */
export function testOrganizations() {
  const ministry: TestOrganization = {
    id: randomUUID(),
    bin: '100140000013',
    kind: 'central-state-body',
    registryKind: 'central-state-body',
    roles: ['service-owner', 'provider'],
    regionKato: '710000000',
  };
  const akimat: TestOrganization = {
    id: randomUUID(),
    bin: '100340000020',
    kind: 'local-executive-body',
    registryKind: 'local-executive-body',
    roles: ['provider'],
    regionKato: '750000000',
  };
  const psc: TestOrganization = {
    id: randomUUID(),
    bin: '160240000018',
    kind: 'state-corporation',
    registryKind: 'psc',
    roles: ['psc-operator'],
    regionKato: '710000000',
  };
  const specialisedPsc: TestOrganization = {
    id: randomUUID(),
    bin: '160241000013',
    kind: 'state-corporation',
    registryKind: 'specialised-psc',
    roles: ['psc-operator'],
    regionKato: '710000000',
  };
  return { ministry, akimat, psc, specialisedPsc };
}

export type TestOrganizations = ReturnType<typeof testOrganizations>;

/** The callers: a PSC operator at a branch, officers of the ministry and the akimat, two citizens, a company. */
export function testCallers(o: TestOrganizations) {
  const operator: IdentityClaimsInput = {
    subject: 'operator-1',
    roles: ['psc-operator'],
    organizationId: o.psc.id,
    pscId: 'astana-esil-01',
  };
  const otherBranchOperator: IdentityClaimsInput = {
    ...operator,
    subject: 'operator-2',
    pscId: 'astana-almaty-02',
  };
  const specialisedOperator: IdentityClaimsInput = {
    subject: 'operator-3',
    roles: ['psc-operator'],
    organizationId: o.specialisedPsc.id,
    pscId: 'astana-spec-01',
  };
  const ministryOfficer: IdentityClaimsInput = {
    subject: 'officer-ministry',
    roles: ['provider-officer'],
    organizationId: o.ministry.id,
  };
  const akimatOfficer: IdentityClaimsInput = {
    subject: 'officer-akimat',
    roles: ['provider-officer'],
    organizationId: o.akimat.id,
  };
  const citizen: IdentityClaimsInput = { subject: 'citizen-1', roles: ['recipient'], iin: '900315401233' };
  const otherCitizen: IdentityClaimsInput = {
    subject: 'citizen-2',
    roles: ['recipient'],
    iin: '850101300124',
  };
  const company: IdentityClaimsInput = { subject: 'company-1', roles: ['recipient'], bin: '190840004325' };
  const contactCentre: IdentityClaimsInput = { subject: 'contact-1', roles: ['contact-centre-operator'] };
  return {
    operator,
    otherBranchOperator,
    specialisedOperator,
    ministryOfficer,
    akimatOfficer,
    citizen,
    otherCitizen,
    company,
    contactCentre,
  };
}

/** Publishes the organisations on the registry's topic and waits until the app has them. */
export async function publishOrganizations(
  app: NestFastifyApplication,
  kafka: Kafka,
  o: TestOrganizations,
  at: Date,
) {
  const events = Object.values(o).map((organization) => organizationUpserted(organization, at));
  await publish(kafka, inputTopics.organizations, events);
  await handled(app, events);
}

/** A service of the ministry in the registry with its standard in force, as the two services announce them. */
export async function publishServiceInForce(
  app: NestFastifyApplication,
  kafka: Kafka,
  o: TestOrganizations,
  at: Date,
  overrides: Partial<StandardInForceV1> = {},
  providerIds: string[] = [o.ministry.id],
): Promise<StandardInForceV1> {
  const serviceId = randomUUID();
  const standard = standardFixture({ serviceId, ownerId: o.ministry.id, providerIds }, overrides);
  const events: EventEnvelope[] = [
    serviceIncluded({ id: serviceId, ownerId: o.ministry.id, providerIds }, at),
  ];
  await publish(kafka, inputTopics.services, events);
  const inForce = standardInForce(standard, at);
  await publish(kafka, inputTopics.standards, [inForce]);
  await handled(app, [...events, inForce]);
  return standard;
}
