import { Injectable } from '@nestjs/common';
import { localDateOf } from '@kzps/calendar';
import {
  ApplicationsEventTypes,
  ComplaintsEventTypes,
  MonitoringEventTypes,
  StandardsEventTypes,
  type ApplicationFactsV1,
  type ApplicationFeePaidV1,
  type ApplicationHandoverLateV1,
  type ApplicationOverdueV1,
  type ApplicationRefusedV1,
  type ApplicationResultIssuedV1,
  type ApplicationSubmittedV1,
  type ComplaintDecidedV1,
  type ComplaintFactsV1,
  type ComplaintRegisteredV1,
  type EventEnvelope,
  type InformationUpdateOverdueV1,
  type IntakeRefusedV1,
  type QueueWaitExceededV1,
  type SurveyAnsweredV1,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { Indicator, type IndicatorName } from './indicator-names';

/** The facets a counter is kept by; a facet the event does not carry stays null. */
export interface Facets {
  serviceId: string | null;
  ownerId: string | null;
  providerId: string | null;
  pscId: string | null;
  regionKato: string | null;
  channel: string | null;
}

/** The month in Kazakhstan's time an act falls in: a result issued at 23:30 on 31 March local is March's. */
export function monthOf(instant: string): string {
  return localDateOf(new Date(instant)).slice(0, 7);
}

function applicationFacets(facts: ApplicationFactsV1 | IntakeRefusedV1): Facets {
  return {
    serviceId: facts.serviceId,
    ownerId: facts.ownerOrganizationId,
    providerId: facts.providerOrganizationId,
    pscId: facts.pscOrganizationId,
    regionKato: facts.regionKato,
    channel: facts.channel,
  };
}

/** A complaint is filed through no channel of Art. 12 and at no PSC. */
function complaintFacets(facts: ComplaintFactsV1): Facets {
  return {
    serviceId: facts.serviceId,
    ownerId: facts.ownerOrganizationId,
    providerId: facts.providerOrganizationId,
    pscId: null,
    regionKato: facts.regionKato,
    channel: null,
  };
}

/**
 * Adds every applications and complaints event to the indicators, in the consumer's inbox transaction: a
 * redelivered event finds its inbox row and adds nothing, and replaying the topics from the beginning into
 * empty counters gives the same figures (rebuild-projection.ts).
 */
@Injectable()
export class IndicatorsProjector {
  @OnEvent(ApplicationsEventTypes.submitted)
  async onSubmitted(event: EventEnvelope<ApplicationSubmittedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await add(manager, monthOf(p.acceptedAt), Indicator.applicationsSubmitted, applicationFacets(p));
  }

  @OnEvent(ApplicationsEventTypes.intakeRefused)
  async onIntakeRefused(event: EventEnvelope<IntakeRefusedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await add(manager, monthOf(p.refusedAt), Indicator.intakeRefusals, applicationFacets(p));
  }

  @OnEvent(ApplicationsEventTypes.resultIssued)
  async onResultIssued(
    event: EventEnvelope<ApplicationResultIssuedV1>,
    manager: EntityManager,
  ): Promise<void> {
    const p = event.data;
    const indicator = p.onTime ? Indicator.resultsIssuedOnTime : Indicator.resultsIssuedLate;
    await add(manager, monthOf(p.issuedAt), indicator, applicationFacets(p));
  }

  @OnEvent(ApplicationsEventTypes.refused)
  async onRefused(event: EventEnvelope<ApplicationRefusedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await add(manager, monthOf(p.refusedAt), Indicator.resultsRefused, applicationFacets(p), {
      breakdown: p.refusalGroundId,
    });
  }

  @OnEvent(ApplicationsEventTypes.overdue)
  async onOverdue(event: EventEnvelope<ApplicationOverdueV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await add(manager, monthOf(p.detectedAt), Indicator.applicationsOverdue, applicationFacets(p));
  }

  @OnEvent(ApplicationsEventTypes.handoverLate)
  async onHandoverLate(
    event: EventEnvelope<ApplicationHandoverLateV1>,
    manager: EntityManager,
  ): Promise<void> {
    const p = event.data;
    await add(manager, monthOf(p.detectedAt), Indicator.handoversLate, applicationFacets(p));
  }

  @OnEvent(ApplicationsEventTypes.feePaid)
  async onFeePaid(event: EventEnvelope<ApplicationFeePaidV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    const month = monthOf(p.paidAt);
    await add(manager, month, Indicator.feesPaid, applicationFacets(p));
    await add(manager, month, Indicator.feesPaidKzt, applicationFacets(p), { by: p.amountKzt });
  }

  /** A queue ticket names the PSC and the service, not the owner or provider of an application. */
  @OnEvent(ApplicationsEventTypes.queueWaitExceeded)
  async onQueueWait(event: EventEnvelope<QueueWaitExceededV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    const facets: Facets = {
      serviceId: p.serviceId,
      ownerId: null,
      providerId: null,
      pscId: p.pscOrganizationId,
      regionKato: p.regionKato,
      channel: null,
    };
    await add(manager, monthOf(p.calledAt), Indicator.queueWaitsExceeded, facets, { breakdown: p.purpose });
  }

  /**
   * A complaint counts once, at its competent registration at the first stage of its chain; a misaddressed
   * registration (not competent) and the registrations after an escalation are the same complaint.
   */
  @OnEvent(ComplaintsEventTypes.registered)
  async onComplaintRegistered(
    event: EventEnvelope<ComplaintRegisteredV1>,
    manager: EntityManager,
  ): Promise<void> {
    const p = event.data;
    if (p.stage !== 1 || !p.competent) return;
    await add(manager, monthOf(p.registeredAt), Indicator.complaintsFiled, complaintFacets(p));
  }

  @OnEvent(ComplaintsEventTypes.decided)
  async onComplaintDecided(event: EventEnvelope<ComplaintDecidedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    const month = monthOf(p.decidedAt);
    const breakdown = p.instanceRole;
    await add(manager, month, Indicator.complaintsDecided, complaintFacets(p), { breakdown });
    if (p.outcome === 'satisfied') {
      await add(manager, month, Indicator.complaintsSatisfied, complaintFacets(p), { breakdown });
    }
  }

  /**
   * Art. 17.2: one late body per version, counted in the month its term ran out, by the part it plays: the
   * owner (услугодатель) and a provider (поставщик) each in their own facet; a ministry that owns and
   * delivers the service is the same body late once.
   */
  @OnEvent(StandardsEventTypes.informationUpdateOverdue)
  async onInformationUpdateOverdue(
    event: EventEnvelope<InformationUpdateOverdueV1>,
    manager: EntityManager,
  ): Promise<void> {
    const p = event.data;
    const facets: Facets = {
      serviceId: p.serviceId,
      ownerId: p.roles.includes('owner') ? p.organizationId : null,
      providerId: p.roles.includes('provider') ? p.organizationId : null,
      pscId: null,
      regionKato: null,
      channel: null,
    };
    await add(manager, monthOf(p.dueAt), Indicator.informationUpdatesLate, facets);
  }

  /** This service's own survey events, read back from their topic so a rebuild replays them too. */
  @OnEvent(MonitoringEventTypes.surveyAnswered)
  async onSurveyAnswered(event: EventEnvelope<SurveyAnsweredV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    const month = monthOf(p.answeredAt);
    const facets: Facets = {
      serviceId: p.serviceId,
      ownerId: p.ownerOrganizationId,
      providerId: p.providerOrganizationId,
      pscId: p.pscOrganizationId,
      regionKato: p.regionKato,
      channel: p.channel,
    };
    const points = Object.values(p.scores).reduce((sum, score) => sum + score, 0);
    await add(manager, month, Indicator.surveyAnswers, facets);
    await add(manager, month, Indicator.surveyScorePoints, facets, { by: points });
  }
}

/**
 * Adds to one counter (1 unless `by` says otherwise), creating it at its first event, and to the same
 * counter in the owner, service and region rollups the dashboard's coarse reads sum: one statement, one
 * round trip.
 */
export async function add(
  manager: EntityManager,
  month: string,
  indicator: IndicatorName,
  facets: Facets,
  options: { breakdown?: string | null; by?: number } = {},
): Promise<void> {
  await manager.query(
    `WITH counted AS (
       INSERT INTO indicator_count
         (month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel, value)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ON CONSTRAINT indicator_count_key
       DO UPDATE SET value = indicator_count.value + EXCLUDED.value
     ), by_service AS (
       INSERT INTO indicator_count_by_service
         (month, indicator, breakdown, service_id, owner_id, electronic, value)
       VALUES ($1, $2, $3, $4, $5, $9::text IS NOT DISTINCT FROM 'electronic', $10)
       ON CONFLICT ON CONSTRAINT indicator_count_by_service_key
       DO UPDATE SET value = indicator_count_by_service.value + EXCLUDED.value
     ), by_region AS (
       INSERT INTO indicator_count_by_region (month, indicator, breakdown, region_kato, electronic, value)
       VALUES ($1, $2, $3, $8, $9::text IS NOT DISTINCT FROM 'electronic', $10)
       ON CONFLICT ON CONSTRAINT indicator_count_by_region_key
       DO UPDATE SET value = indicator_count_by_region.value + EXCLUDED.value
     )
     INSERT INTO indicator_count_by_owner (month, indicator, breakdown, owner_id, electronic, value)
     VALUES ($1, $2, $3, $5, $9::text IS NOT DISTINCT FROM 'electronic', $10)
     ON CONFLICT ON CONSTRAINT indicator_count_by_owner_key
     DO UPDATE SET value = indicator_count_by_owner.value + EXCLUDED.value`,
    [
      month,
      indicator,
      options.breakdown ?? null,
      facets.serviceId,
      facets.ownerId,
      facets.providerId,
      facets.pscId,
      facets.regionKato,
      facets.channel,
      options.by ?? 1,
    ],
  );
}
