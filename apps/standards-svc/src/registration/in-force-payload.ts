import type { StandardInForceV1 } from '@kzps/contracts';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { countingPerChannel } from '../standards/acceptance-day';
import type { Channel, DeliveryTerm } from '../standards/standard-content';
import type { StandardVersion } from '../standards/standard-version.entity';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import type { ApprovingAct } from './approving-act';

/** The act as events and answers carry it: what it is, not who entered it here. */
export function actOf(act: ApprovingAct): Pick<ApprovingAct, 'kind' | 'number' | 'date' | 'title'> {
  return { kind: act.kind, number: act.number, date: act.date, title: act.title };
}

/**
 * Art. 8.5 with Art. 14.1: the standard's term and, per channel, whether the day of acceptance counts. The
 * v1 flag is the PSC channels' rule, which is what consumers before `perChannel` applied it to.
 */
function termOfChannels(term: DeliveryTerm, channels: readonly Channel[]): StandardInForceV1['term'] {
  const perChannel = countingPerChannel(channels);
  return {
    value: term.value,
    unit: term.unit,
    acceptanceDayCounts: perChannel.some((rule) => rule.acceptanceDayCounts),
    perChannel,
  };
}

/**
 * The content applications-svc needs to accept applications under the standard (Art. 8). The owner and
 * providers are the registry's (the draft was checked against them at every step, Art. 6.2).
 */
export function inForcePayload(
  version: StandardVersion,
  service: ServiceRef,
  inForceFrom: Date,
): StandardInForceV1 {
  const c = version.content;
  if (!c.term || !c.registrationTerm || !c.queueWait || !c.fee || !c.resultForms) {
    // The notice and every resubmission checked completeness; reaching here is a bug, not a user error.
    throw new Error(`Version ${version.id} reached registration incomplete`);
  }
  if (!service.ownerId) throw standardsError(StandardsErrorCode.OwnerUnknown);
  return {
    standardId: version.standardId,
    serviceId: service.id,
    versionId: version.id,
    versionNumber: version.number,
    registrationNumber: version.registrationNumber ?? '',
    registrationDate: version.registrationDate ?? '',
    inForceFrom: inForceFrom.toISOString(),
    ownerOrganizationId: service.ownerId,
    providerOrganizationIds: service.providerIds,
    channels: service.channels,
    resultForms: c.resultForms,
    term: termOfChannels(c.term, service.channels),
    registrationTerm: c.registrationTerm,
    queueWait: c.queueWait,
    fee: {
      free: c.fee.free,
      amountKzt: c.fee.free ? null : (c.fee.amountKzt ?? null),
      paymentMethods: c.fee.paymentMethods,
      legalBasis: c.fee.legalBasis,
    },
    documents: (c.documents ?? []).map((d) => ({
      name: d.name,
      mandatory: d.mandatory,
      form: d.form,
      perChannel: d.perChannel ?? [],
    })),
    refusalGrounds: (c.refusalGrounds ?? []).map((g) => ({ text: g.text, legalBasis: g.legalBasis ?? null })),
    basis: {
      kind: version.basisKind,
      reference: version.basisReference,
      recommendationId: version.basisRecommendationId,
    },
    ...(version.approvingAct ? { approvingAct: actOf(version.approvingAct) } : {}),
  };
}
