import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput } from '@kzps/auth';
import type { StandardInForceV1 } from '@kzps/contracts';
import type { RelationFixture } from '@kzps/testing';
import type { ApplicationReceipt } from '../intake/receipt';
import { standardItemId } from '../read-model/standard-content-ids';
import type { RunningService } from './harness';
import { publishOrganizations, publishServiceInForce, testCallers, testOrganizations } from './world';

type Fixture = RelationFixture<IdentityClaimsInput>;

/**
 * Issue 20: how each `own` operation of applications-svc obtains the application it concerns, and who stands
 * in the right and in another relation to it: the provider's officer and another provider's, the accepting
 * PSC's operator and another centre's, the recipient and another person. Each cell gets an application of
 * its own, so the allowed call meets it fresh.
 */
export async function applicationsRelationFixtures(
  service: RunningService,
  at: Date,
): Promise<Record<string, Fixture>> {
  const organizations = testOrganizations();
  const callers = testCallers(organizations);
  await publishOrganizations(service.app, service.kafka, organizations, at);
  const standard = await publishServiceInForce(service.app, service.kafka, organizations, at);
  /** An operator of an organisation the registry does not know as a PSC. */
  const notAPscOperator: IdentityClaimsInput = {
    subject: 'operator-elsewhere',
    roles: ['psc-operator'],
    organizationId: organizations.akimat.id,
  };
  /** A recipient whose token names no IIN or BIN: the portal cannot tell whose application it would be. */
  const unidentified: IdentityClaimsInput = { subject: 'citizen-unnamed', roles: ['recipient'] };

  const deskBody = (of: StandardInForceV1, channel: string) => ({
    serviceId: of.serviceId,
    channel,
    recipient: { iin: callers.citizen.iin },
    documentIds: [0, 1, 2].map((i) => standardItemId(of.versionId, 'documents', i)),
    identificationMethod: 'identity_document',
  });
  const accepted = async (channel: 'psc' | 'provider'): Promise<string> => {
    const acceptor = channel === 'psc' ? callers.operator : callers.ministryOfficer;
    const response = await service.call(
      'POST',
      '/api/v1/applications',
      acceptor,
      deskBody(standard, channel),
    );
    if (response.statusCode !== 201)
      throw new Error(`the application: ${response.statusCode} ${response.body}`);
    return response.json<ApplicationReceipt>().applicationId;
  };
  const ofTheProvider: Fixture = {
    cell: async () => ({
      values: { id: await accepted('psc') },
      own: callers.ministryOfficer,
      other: callers.akimatOfficer,
    }),
  };

  /** Art. 24: an application is read by its recipient, its provider's officers and the accepting PSC's operators. */
  const readable: Fixture = {
    cell: async (role) => {
      const id = await accepted('psc');
      if (role === 'recipient') return { values: { id }, own: callers.citizen, other: callers.otherCitizen };
      if (role === 'provider-officer')
        return { values: { id }, own: callers.ministryOfficer, other: callers.akimatOfficer };
      return { values: { id }, own: callers.operator, other: callers.specialisedOperator };
    },
  };

  return {
    'GET /api/v1/applications/{id}': readable,
    'GET /api/v1/applications/{id}/history': readable,
    'GET /api/v1/applications/{id}/payments': readable,
    'POST /api/v1/applications': {
      cell: async (role) => {
        if (role === 'psc-operator')
          return {
            values: {},
            body: deskBody(standard, 'psc'),
            own: callers.operator,
            other: notAPscOperator,
          };
        if (role === 'provider-officer')
          return {
            values: {},
            body: deskBody(standard, 'provider'),
            own: callers.ministryOfficer,
            other: callers.akimatOfficer,
          };
        const { recipient: _named, ...electronic } = deskBody(standard, 'electronic');
        return { values: {}, body: electronic, own: callers.citizen, other: unidentified };
      },
    },
    'POST /api/v1/applications/{id}/in-work': ofTheProvider,
    'POST /api/v1/applications/{id}/result': ofTheProvider,
    'POST /api/v1/applications/{id}/refusal': ofTheProvider,
    'POST /api/v1/applications/{id}/withdrawal': {
      cell: async () => ({
        values: { id: await accepted('psc') },
        own: callers.citizen,
        other: callers.otherCitizen,
      }),
    },
    'POST /api/v1/applications/{id}/issuance': {
      // At the PSC that accepted it by its operator; at the provider's desk by the provider's officer.
      cell: async (role) =>
        role === 'psc-operator'
          ? {
              values: { id: await accepted('psc') },
              own: callers.operator,
              other: callers.specialisedOperator,
            }
          : {
              values: { id: await accepted('provider') },
              own: callers.ministryOfficer,
              other: callers.akimatOfficer,
            },
    },
    'POST /api/v1/applications/queue-tickets': {
      cell: async () => ({
        values: {},
        body: {
          ticketNumber: `A-${randomUUID().slice(0, 4)}`,
          serviceId: standard.serviceId,
          purpose: 'applying',
          issuedAt: '2026-03-02T04:00:00.000Z',
          calledAt: '2026-03-02T04:10:00.000Z',
        },
        own: callers.operator,
        other: notAPscOperator,
      }),
    },
  };
}
