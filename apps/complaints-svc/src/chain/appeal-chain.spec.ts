import { appealChain, nextInstance } from './appeal-chain';

const ids = { ministry: 'org-ministry', akimat: 'org-akimat', agency: 'org-agency', quality: 'org-quality' };

describe('the appeal chain (Art. 19.2, 19.3, 19.5)', () => {
  it('Art. 19.2: a local executive body’s service goes to it, then to the central body, then to the quality authority', () => {
    const chain = appealChain({
      ownerId: ids.ministry,
      providerId: ids.akimat,
      providerKind: 'local-executive-body',
      qualityAuthorityId: ids.quality,
    });
    expect(chain).toEqual([
      { stage: 1, role: 'local_executive_body', organizationId: ids.akimat, termWorkingDays: 5 },
      { stage: 2, role: 'owner', organizationId: ids.ministry, termWorkingDays: 5 },
      { stage: 3, role: 'quality_authority', organizationId: ids.quality, termWorkingDays: 15 },
    ]);
  });

  it('Art. 19.2: another provider’s service goes to that provider first', () => {
    const chain = appealChain({
      ownerId: ids.ministry,
      providerId: ids.agency,
      providerKind: 'legal-entity',
      qualityAuthorityId: ids.quality,
    });
    expect(chain.map((i) => [i.role, i.organizationId])).toEqual([
      ['provider', ids.agency],
      ['owner', ids.ministry],
      ['quality_authority', ids.quality],
    ]);
  });

  it('Art. 19.3: the central body’s own service goes to it (5 working days), then to the quality authority (15)', () => {
    const chain = appealChain({
      ownerId: ids.ministry,
      providerId: ids.ministry,
      providerKind: 'central-state-body',
      qualityAuthorityId: ids.quality,
    });
    expect(chain).toEqual([
      { stage: 1, role: 'owner', organizationId: ids.ministry, termWorkingDays: 5 },
      { stage: 2, role: 'quality_authority', organizationId: ids.quality, termWorkingDays: 15 },
    ]);
  });

  it('Art. 19.7: no instance after the quality authority', () => {
    const chain = appealChain({
      ownerId: ids.ministry,
      providerId: ids.ministry,
      providerKind: 'central-state-body',
      qualityAuthorityId: ids.quality,
    });
    expect(nextInstance(chain, 1)?.role).toBe('quality_authority');
    expect(nextInstance(chain, 2)).toBeUndefined();
  });
});
