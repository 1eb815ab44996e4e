import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import type { TestOrganization, TestService } from './harness';
import { completeContent } from './standard-fixtures';
import type { StandardJourney, StandardStage } from './standard-lifecycle';
import { designatedBodies, officerOf } from './test-app';

/**
 * A ministry's local service that two akimats deliver, also through a PSC (Art. 7.1-7.3: the standard is
 * agreed by the public-services and informatization authorities and each akimat), with the bodies a spec
 * file needs around it: the designated ones and a ministry that is not the Ministry of Justice.
 */
export function localPscSetting() {
  const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
  const akimatA: TestOrganization = { id: randomUUID(), bin: '100000000021', kind: 'local-executive-body' };
  const akimatB: TestOrganization = { id: randomUUID(), bin: '100000000022', kind: 'local-executive-body' };
  const otherMinistry: TestOrganization = {
    id: randomUUID(),
    bin: '100000000040',
    kind: 'central-state-body',
  };
  const { psa, ia, justice } = designatedBodies();
  const organizations = [ministry, psa, ia, akimatA, akimatB, justice, otherMinistry];
  const roleOf = new Map<string, Role>([
    [ministry.id, 'owner-officer'],
    [psa.id, 'public-services-authority'],
    [ia.id, 'informatization-authority'],
    [akimatA.id, 'provider-officer'],
    [akimatB.id, 'provider-officer'],
    [justice.id, 'justice-officer'],
    // A justice officer of a body the registry does not make the Ministry of Justice.
    [otherMinistry.id, 'justice-officer'],
  ]);
  /** The officer who acts for the body in the role this setting gives it. */
  const officer = (body: TestOrganization): IdentityClaimsInput =>
    officerOf(body, roleOf.get(body.id) ?? 'provider-officer');
  const approverOf = (approval: { organizationId: string }): IdentityClaimsInput =>
    officer(organizations.find((o) => o.id === approval.organizationId) ?? ministry);
  const owner = officer(ministry);
  const registrar = officer(justice);
  const localPscService = (): TestService => ({
    id: randomUUID(),
    ownerId: ministry.id,
    providerIds: [akimatA.id, akimatB.id],
    channels: ['provider', 'state-corporation'],
  });
  /** A complete draft of the ministry's that names the registry's providers, the two akimats (Art. 6.2, 8.1). */
  const content = (term = 4) => completeContent(ministry.id, term, [akimatA.id, akimatB.id]);
  /** A fresh local PSC service, included at `includedAt`, its standard (term 4 days) brought to `stage`. */
  const journey = (
    stage: StandardStage,
    includedAt: Date,
    more: Partial<StandardJourney> = {},
  ): StandardJourney => ({
    service: localPscService(),
    includedAt,
    stage,
    owner,
    content: content(4),
    approverOf,
    registrar,
    ...more,
  });
  return {
    ministry,
    akimatA,
    akimatB,
    psa,
    ia,
    justice,
    otherMinistry,
    organizations,
    officer,
    approverOf,
    owner,
    registrar,
    localPscService,
    content,
    journey,
  };
}
