import { deriveApprovers } from './approvers';

const authorities = { publicServicesAuthorityId: 'psa', informatizationAuthorityId: 'ia' };

describe('deriveApprovers (Art. 7.1, 7.3)', () => {
  it('asks three kinds of body for a local service delivered through a PSC', () => {
    const result = deriveApprovers(
      {
        ownerKind: 'local',
        deliveryForm: 'paper',
        channels: ['provider', 'psc'],
        localExecutiveBodyIds: ['akimat-b', 'akimat-a'],
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
      { ownerKind: 'central', deliveryForm: 'paper', channels: ['provider'], localExecutiveBodyIds: [] },
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
        localExecutiveBodyIds: [],
      },
      authorities,
    );
    expect(result.ok && result.approvers.map((a) => a.kind)).toEqual([
      'public_services_authority',
      'informatization_authority',
    ]);
  });

  it('asks the owning local executive body when none of the providers is one (Art. 7.3)', () => {
    const result = deriveApprovers(
      {
        ownerKind: 'local',
        deliveryForm: 'paper',
        channels: ['provider'],
        localExecutiveBodyIds: ['akimat-owner'],
      },
      authorities,
    );
    expect(result).toEqual({
      ok: true,
      approvers: [
        { kind: 'public_services_authority', organizationId: 'psa' },
        { kind: 'local_executive_body', organizationId: 'akimat-owner' },
      ],
    });
  });

  it('names the approvers it cannot find in the organisations read model', () => {
    const result = deriveApprovers(
      { ownerKind: 'local', deliveryForm: 'both', channels: ['psc'], localExecutiveBodyIds: [] },
      {},
    );
    expect(result).toEqual({
      ok: false,
      unknown: ['public_services_authority', 'informatization_authority', 'local_executive_body'],
    });
  });
});
