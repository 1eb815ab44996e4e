import type { AuthorityHolder } from '../read-model/designated-authorities';
import { deriveApprovers, type DesignatedApprovers } from './approvers';

const authorities: DesignatedApprovers = {
  publicServicesAuthority: { status: 'found', role: 'public-services-authority', organizationId: 'psa' },
  informatizationAuthority: { status: 'found', role: 'informatization-authority', organizationId: 'ia' },
};

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
      {
        publicServicesAuthority: { status: 'none', role: 'public-services-authority' },
        informatizationAuthority: { status: 'none', role: 'informatization-authority' },
      },
    );
    expect(result).toEqual({
      ok: false,
      unresolved: [
        {
          kind: 'public_services_authority',
          resolution: { status: 'none', role: 'public-services-authority' },
        },
        {
          kind: 'informatization_authority',
          resolution: { status: 'none', role: 'informatization-authority' },
        },
        { kind: 'local_executive_body' },
      ],
    });
  });

  it('names no approver while the registry gives a needed role to several organisations', () => {
    const holders: AuthorityHolder[] = [
      { organizationId: 'mdd', bin: '990640000015', name: { kk: 'ЦДМ', ru: 'МЦРИАП' } },
      { organizationId: 'maidd', bin: '250940000012', name: { kk: 'ЖИЦДМ', ru: 'МИИЦР' } },
    ];
    const ambiguous: DesignatedApprovers = {
      ...authorities,
      informatizationAuthority: { status: 'ambiguous', role: 'informatization-authority', holders },
    };
    const electronic = {
      ownerKind: 'central',
      deliveryForm: 'electronic',
      channels: ['electronic'],
      localExecutiveBodyIds: [],
    } as const;
    expect(deriveApprovers(electronic, ambiguous)).toEqual({
      ok: false,
      unresolved: [{ kind: 'informatization_authority', resolution: ambiguous.informatizationAuthority }],
    });
    // A paper-only service does not need that body, so the doubt about it does not stop its agreement.
    expect(
      deriveApprovers({ ...electronic, deliveryForm: 'paper', channels: ['provider'] }, ambiguous),
    ).toEqual({ ok: true, approvers: [{ kind: 'public_services_authority', organizationId: 'psa' }] });
  });
});
