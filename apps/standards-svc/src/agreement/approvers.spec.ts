import { deriveApprovers } from './approvers';

const authorities = { publicServicesAuthorityId: 'psa', informatizationAuthorityId: 'ia' };

describe('deriveApprovers (Art. 7.1, 7.3)', () => {
  it('asks three kinds of body for a local service delivered through a PSC', () => {
    const result = deriveApprovers(
      {
        ownerKind: 'local',
        deliveryForm: 'paper',
        channels: ['provider', 'psc'],
        localExecutiveProviderIds: ['akimat-b', 'akimat-a'],
      },
      authorities,
    );
    expect(result).toEqual({
      ok: true,
      approvers: [
        { kind: 'public_services_authority', organizationId: 'psa' },
        { kind: 'informatization_authority', organizationId: 'ia' },
        { kind: 'local_executive_body', organizationId: 'akimat-a' },
        { kind: 'local_executive_body', organizationId: 'akimat-b' },
      ],
    });
  });

  it('asks only the public-services authority for a paper-only central service', () => {
    const result = deriveApprovers(
      { ownerKind: 'central', deliveryForm: 'paper', channels: ['provider'], localExecutiveProviderIds: [] },
      authorities,
    );
    expect(result).toEqual({
      ok: true,
      approvers: [{ kind: 'public_services_authority', organizationId: 'psa' }],
    });
  });

  it('brings in the informatization authority for an electronic form', () => {
    const result = deriveApprovers(
      {
        ownerKind: 'central',
        deliveryForm: 'electronic',
        channels: ['electronic'],
        localExecutiveProviderIds: [],
      },
      authorities,
    );
    expect(result.ok && result.approvers.map((a) => a.kind)).toEqual([
      'public_services_authority',
      'informatization_authority',
    ]);
  });

  it('names the approvers it cannot find in the organisations read model', () => {
    const result = deriveApprovers(
      { ownerKind: 'local', deliveryForm: 'both', channels: ['psc'], localExecutiveProviderIds: [] },
      {},
    );
    expect(result).toEqual({
      ok: false,
      unknown: ['public_services_authority', 'informatization_authority', 'local_executive_body'],
    });
  });
});
