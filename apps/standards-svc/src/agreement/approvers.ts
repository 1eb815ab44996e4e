import type { AuthorityResolution, UnresolvedAuthority } from '../read-model/designated-authorities';
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
   * bodies, and an akimat the registry still names as owner from before D25 (it develops nothing).
   */
  localExecutiveBodyIds: readonly string[];
}

/** The approvers the Government designates, as the registry's roles name them (Art. 7.1, 7.3). */
export interface DesignatedApprovers {
  publicServicesAuthority: AuthorityResolution;
  informatizationAuthority: AuthorityResolution;
}

type DesignatedApproverKind = Exclude<ApproverKind, 'local_executive_body'>;

/** A body that must agree the standard but cannot be named yet. */
export type UnresolvedApprover =
  { kind: DesignatedApproverKind; resolution: UnresolvedAuthority } | { kind: 'local_executive_body' };

export type ApproverDerivation =
  { ok: true; approvers: RequiredApprover[] } | { ok: false; unresolved: UnresolvedApprover[] };

/** The designated body as an approver, or why it cannot be named. */
export function designatedApprover(
  kind: DesignatedApproverKind,
  resolution: AuthorityResolution,
): RequiredApprover | UnresolvedApprover {
  return resolution.status === 'found'
    ? { kind, organizationId: resolution.organizationId }
    : { kind, resolution };
}

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
export function deriveApprovers(facts: AgreementFacts, designated: DesignatedApprovers): ApproverDerivation {
  const candidates: Array<RequiredApprover | UnresolvedApprover> = [
    designatedApprover('public_services_authority', designated.publicServicesAuthority),
  ];
  if (needsInformatizationAgreement(facts)) {
    candidates.push(designatedApprover('informatization_authority', designated.informatizationAuthority));
  }
  if (facts.ownerKind === 'local') {
    if (facts.localExecutiveBodyIds.length === 0) candidates.push({ kind: 'local_executive_body' });
    for (const id of [...new Set(facts.localExecutiveBodyIds)].sort()) {
      candidates.push({ kind: 'local_executive_body', organizationId: id });
    }
  }
  const approvers = candidates.filter((c): c is RequiredApprover => 'organizationId' in c);
  const unresolved = candidates.filter((c): c is UnresolvedApprover => !('organizationId' in c));
  return unresolved.length > 0 ? { ok: false, unresolved } : { ok: true, approvers };
}
