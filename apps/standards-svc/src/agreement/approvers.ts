import type { Channel } from '../standards/standard-content';

export const approverKinds = [
  'public_services_authority',
  'informatization_authority',
  'local_executive_body',
] as const;
export type ApproverKind = (typeof approverKinds)[number];

export interface RequiredApprover {
  kind: ApproverKind;
  organizationId: string;
}

/** What the registry says about a service, as far as agreement depends on it. */
export interface AgreementFacts {
  ownerKind: 'central' | 'local';
  deliveryForm: 'paper' | 'electronic' | 'both';
  channels: readonly Channel[];
  /**
   * The local executive bodies that agree the standard (Art. 7.3): the providers that are local executive
   * bodies, or the owner itself when a local executive body owns a service it delivers through others.
   */
  localExecutiveBodyIds: readonly string[];
}

export interface KnownAuthorities {
  publicServicesAuthorityId?: string;
  informatizationAuthorityId?: string;
}

export type ApproverDerivation =
  { ok: true; approvers: RequiredApprover[] } | { ok: false; unknown: ApproverKind[] };

/** Art. 7.3, 10.4: an electronic form or delivery through a PSC brings in the informatization authority. */
export function needsInformatizationAgreement(
  facts: Pick<AgreementFacts, 'deliveryForm' | 'channels'>,
): boolean {
  return (
    facts.deliveryForm !== 'paper' ||
    facts.channels.includes('electronic') ||
    facts.channels.includes('psc') ||
    facts.channels.includes('specialised_psc')
  );
}

/**
 * The bodies that must agree a standard, derived from the service rather than typed in:
 * Art. 7.1 always the public-services authority; Art. 7.3 the informatization authority for an electronic
 * form or PSC delivery, and the local executive bodies for services they deliver.
 */
export function deriveApprovers(facts: AgreementFacts, authorities: KnownAuthorities): ApproverDerivation {
  const approvers: RequiredApprover[] = [];
  const unknown: ApproverKind[] = [];
  if (authorities.publicServicesAuthorityId) {
    approvers.push({
      kind: 'public_services_authority',
      organizationId: authorities.publicServicesAuthorityId,
    });
  } else {
    unknown.push('public_services_authority');
  }
  if (needsInformatizationAgreement(facts)) {
    if (authorities.informatizationAuthorityId) {
      approvers.push({
        kind: 'informatization_authority',
        organizationId: authorities.informatizationAuthorityId,
      });
    } else {
      unknown.push('informatization_authority');
    }
  }
  if (facts.ownerKind === 'local') {
    if (facts.localExecutiveBodyIds.length === 0) unknown.push('local_executive_body');
    for (const id of [...new Set(facts.localExecutiveBodyIds)].sort()) {
      approvers.push({ kind: 'local_executive_body', organizationId: id });
    }
  }
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, approvers };
}
