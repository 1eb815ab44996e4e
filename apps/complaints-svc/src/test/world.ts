import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput } from '@kzps/auth';
import {
  applicationSubmitted,
  inputTopics,
  organizationUpserted,
  serviceIncluded,
  type RunningService,
  type TestOrganization,
} from './harness';

/** The bodies of one test file: a ministry, two akimats, the quality authority. */
export function testOrganizations() {
  const organization = (
    bin: string,
    kind: TestOrganization['kind'],
    roles: TestOrganization['roles'],
    regionKato: string,
  ) => ({
    id: randomUUID(),
    bin,
    kind,
    roles,
    regionKato,
  });
  return {
    ministry: organization('100000000010', 'central-state-body', ['service-owner', 'provider'], '710000000'),
    akimat: organization('100000000021', 'local-executive-body', ['provider'], '750000000'),
    otherAkimat: organization('100000000032', 'local-executive-body', ['provider'], '790000000'),
    quality: organization('100000000043', 'central-state-body', ['quality-authority'], '710000000'),
  };
}

export type TestOrganizations = ReturnType<typeof testOrganizations>;

export function testCallers(o: TestOrganizations) {
  const officer = (
    subject: string,
    role: 'provider-officer' | 'owner-officer' | 'quality-authority',
    organizationId: string,
  ): IdentityClaimsInput => ({
    subject,
    roles: [role],
    organizationId,
  });
  return {
    citizen: {
      subject: 'citizen-1',
      roles: ['recipient'],
      iin: '900315401233',
    } satisfies IdentityClaimsInput,
    otherCitizen: {
      subject: 'citizen-2',
      roles: ['recipient'],
      iin: '850101300124',
    } satisfies IdentityClaimsInput,
    stranger: {
      subject: 'operator-1',
      roles: ['psc-operator'],
      pscId: 'astana-01',
    } satisfies IdentityClaimsInput,
    akimatOfficer: officer('officer-akimat', 'provider-officer', o.akimat.id),
    otherAkimatOfficer: officer('officer-other-akimat', 'provider-officer', o.otherAkimat.id),
    ministryOfficer: officer('officer-ministry', 'owner-officer', o.ministry.id),
    qualityOfficer: officer('officer-quality', 'quality-authority', o.quality.id),
  };
}

/**
 * Publishes the bodies, two services of the ministry (one delivered by the akimats, one by the ministry itself)
 * and the citizen's application at the akimat, and waits until the app has them.
 */
export async function publishWorld(service: RunningService, at: Date) {
  const o = testOrganizations();
  const callers = testCallers(o);
  await service.publish(
    inputTopics.organizations,
    Object.values(o).map((organization) => organizationUpserted(organization, at)),
  );
  const akimatService = {
    id: randomUUID(),
    ownerId: o.ministry.id,
    providerIds: [o.akimat.id, o.otherAkimat.id],
  };
  const ministryService = { id: randomUUID(), ownerId: o.ministry.id, providerIds: [o.ministry.id] };
  await service.publish(inputTopics.services, [
    serviceIncluded(akimatService, at),
    serviceIncluded(ministryService, at),
  ]);
  const application = applicationSubmitted(
    {
      serviceId: akimatService.id,
      ownerId: o.ministry.id,
      providerId: o.akimat.id,
      recipientIdNumber: callers.citizen.iin,
    },
    at,
  );
  await service.publish(inputTopics.applications, [application.envelope]);
  return { o, callers, akimatService, ministryService, application };
}

export type World = Awaited<ReturnType<typeof publishWorld>>;
