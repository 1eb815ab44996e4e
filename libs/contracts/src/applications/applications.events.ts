/**
 * The applications context's events (Law "On public services", Ch. 5, Art. 12-15, 18): the delivery of a
 * service from intake to result. Every event about an application is keyed by the application id and carries
 * the facts complaints-svc and monitoring-svc work from (service, owner, provider, PSC, region, channel,
 * dates, term), so neither calls back. No names ever; the recipient's IIN or BIN only in `submitted`.
 */
import { defineEvent } from '../events/event-definition';
import { Topics } from '../topics/topic-names';
import {
  arrayOf,
  bool,
  id,
  int,
  isoDate,
  isoDateTime,
  nullable,
  objectOf,
  oneOf,
  payload,
  str,
  type Shape,
} from '../validation/rules';

/** Art. 12: at the provider, at a PSC, at a specialised PSC, electronically (the standard's own words). */
export const applicationChannels = ['provider', 'psc', 'specialised_psc', 'electronic'] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];

export const applicationStatuses = [
  'accepted',
  'in_work',
  'result_ready',
  'issued',
  'refused',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Art. 15.3: an electronic document, a paper document, or an entry in a state information system. */
export const applicationResultForms = [
  'electronic_document',
  'paper_document',
  'information_system_entry',
] as const;
export type ApplicationResultForm = (typeof applicationResultForms)[number];

/** Art. 8.9: the wait measured when applying and when collecting the result. */
export const queueWaitPurposes = ['applying', 'collecting'] as const;
export type QueueWaitPurpose = (typeof queueWaitPurposes)[number];

export const ApplicationsEventTypes = {
  submitted: 'kz.gov.applications.application.submitted.v1',
  intakeRefused: 'kz.gov.applications.intake.refused.v1',
  statusChanged: 'kz.gov.applications.application.status-changed.v1',
  resultIssued: 'kz.gov.applications.application.result-issued.v1',
  refused: 'kz.gov.applications.application.refused.v1',
  withdrawn: 'kz.gov.applications.application.withdrawn.v1',
  overdue: 'kz.gov.applications.application.overdue.v1',
  handoverLate: 'kz.gov.applications.application.handover-late.v1',
  feePaid: 'kz.gov.applications.application.fee-paid.v1',
  queueWaitExceeded: 'kz.gov.applications.queue.wait-exceeded.v1',
} as const;
export type ApplicationsEventType = (typeof ApplicationsEventTypes)[keyof typeof ApplicationsEventTypes];

/** The term of the pinned standard version (Art. 8.5); the amendment of the standard never changes it. */
export interface PinnedTermV1 {
  value: number;
  unit: string;
  acceptanceDayCounts: boolean;
}

/** What every event about one application says about it: enough to count and check it from events alone. */
export interface ApplicationFactsV1 {
  applicationId: string;
  trackingNumber: string;
  serviceId: string;
  standardId: string;
  standardVersionId: string;
  ownerOrganizationId: string;
  providerOrganizationId: string;
  /** The PSC organisation that accepted it; null for the other channels. */
  pscOrganizationId: string | null;
  /** The service centre (branch) of that PSC, from the operator's token. */
  pscBranch: string | null;
  /** KATO code of the provider's region, as the registry publishes it. */
  regionKato: string | null;
  channel: ApplicationChannel;
  recipientType: 'individual' | 'legal-entity';
  acceptedAt: string;
  dueDate: string;
  dueAt: string;
  /** Art. 5.5.5: when the result must be at the PSC; null outside the PSC channels. */
  handoverDueAt: string | null;
  term: PinnedTermV1;
}

/**
 * Subject: the application id. The only event with the recipient's identifier: complaints-svc keeps it
 * with the application id to check that a complaint is about the complainant's own application (Art. 19.1).
 */
export type ApplicationSubmittedV1 = ApplicationFactsV1 & {
  /** IIN of an individual, BIN of a legal entity (Art. 15.2). */
  recipientIdNumber: string;
  feeKzt: number | null;
};

/** Subject: the intake refusal id (no application exists). Art. 14.2: an incomplete set refused at a PSC. */
export interface IntakeRefusedV1 {
  intakeRefusalId: string;
  serviceId: string;
  standardId: string;
  standardVersionId: string;
  ownerOrganizationId: string;
  providerOrganizationId: string;
  pscOrganizationId: string | null;
  pscBranch: string | null;
  regionKato: string | null;
  channel: ApplicationChannel;
  refusedAt: string;
  missingDocumentIds: string[];
}

/** Subject: the application id. Every move between statuses, with the instant of the act. */
export type ApplicationStatusChangedV1 = ApplicationFactsV1 & {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  changedAt: string;
};

/** Subject: the application id. The result reached the recipient (Art. 15.3). */
export type ApplicationResultIssuedV1 = ApplicationFactsV1 & {
  resultForm: ApplicationResultForm;
  resultRecordedAt: string;
  issuedAt: string;
  /** The result was recorded by the due date. */
  onTime: boolean;
};

/** Subject: the application id. A motivated refusal on a ground of the pinned standard (Art. 5.3.2, 8.8). */
export type ApplicationRefusedV1 = ApplicationFactsV1 & {
  refusalGroundId: string;
  refusedAt: string;
  onTime: boolean;
};

/** Subject: the application id. The recipient withdrew the application. */
export type ApplicationWithdrawnV1 = ApplicationFactsV1 & { withdrawnAt: string };

/** Subject: the application id. The term ran out with no result: raised once per application. */
export type ApplicationOverdueV1 = ApplicationFactsV1 & { detectedAt: string };

/** Subject: the application id. Art. 5.5.5: the result was not at the PSC by the handover deadline. */
export type ApplicationHandoverLateV1 = ApplicationFactsV1 & { detectedAt: string };

/** Subject: the application id. Art. 18: the fee the pinned standard sets was paid. */
export type ApplicationFeePaidV1 = ApplicationFactsV1 & {
  paymentId: string;
  amountKzt: number;
  paidAt: string;
};

/** Subject: the queue ticket id. Art. 8.9: a wait longer than the standard's maximum. */
export interface QueueWaitExceededV1 {
  ticketId: string;
  serviceId: string;
  standardVersionId: string;
  pscOrganizationId: string;
  pscBranch: string | null;
  regionKato: string | null;
  purpose: QueueWaitPurpose;
  issuedAt: string;
  calledAt: string;
  waitMinutes: number;
  maximumMinutes: number;
}

export interface ApplicationsEventPayloads {
  'kz.gov.applications.application.submitted.v1': ApplicationSubmittedV1;
  'kz.gov.applications.intake.refused.v1': IntakeRefusedV1;
  'kz.gov.applications.application.status-changed.v1': ApplicationStatusChangedV1;
  'kz.gov.applications.application.result-issued.v1': ApplicationResultIssuedV1;
  'kz.gov.applications.application.refused.v1': ApplicationRefusedV1;
  'kz.gov.applications.application.withdrawn.v1': ApplicationWithdrawnV1;
  'kz.gov.applications.application.overdue.v1': ApplicationOverdueV1;
  'kz.gov.applications.application.handover-late.v1': ApplicationHandoverLateV1;
  'kz.gov.applications.application.fee-paid.v1': ApplicationFeePaidV1;
  'kz.gov.applications.queue.wait-exceeded.v1': QueueWaitExceededV1;
}

const kato = nullable(str({ pattern: /^\d{9}$/, patternName: 'a 9-digit KATO code' }));
const channel = oneOf(applicationChannels);
const status = oneOf(applicationStatuses);

const factsShape: Shape = {
  applicationId: id(),
  trackingNumber: str({ maxLength: 20 }),
  serviceId: id(),
  standardId: id(),
  standardVersionId: id(),
  ownerOrganizationId: id(),
  providerOrganizationId: id(),
  pscOrganizationId: nullable(id()),
  pscBranch: nullable(str({ maxLength: 128 })),
  regionKato: kato,
  channel,
  recipientType: oneOf(['individual', 'legal-entity']),
  acceptedAt: isoDateTime(),
  dueDate: isoDate(),
  dueAt: isoDateTime(),
  handoverDueAt: nullable(isoDateTime()),
  term: objectOf({ value: int({ min: 1 }), unit: str(), acceptanceDayCounts: bool() }),
};

function applicationEvent<T>(type: ApplicationsEventType, extra: Shape) {
  return defineEvent<T>({ type, topic: Topics.applications, validate: payload({ ...factsShape, ...extra }) });
}

export const applicationsEvents = {
  [ApplicationsEventTypes.submitted]: applicationEvent<ApplicationSubmittedV1>(
    ApplicationsEventTypes.submitted,
    {
      recipientIdNumber: str({ pattern: /^\d{12}$/, patternName: 'a 12-digit IIN or BIN' }),
      feeKzt: nullable(int({ min: 1 })),
    },
  ),
  [ApplicationsEventTypes.intakeRefused]: defineEvent<IntakeRefusedV1>({
    type: ApplicationsEventTypes.intakeRefused,
    topic: Topics.applications,
    validate: payload({
      intakeRefusalId: id(),
      serviceId: id(),
      standardId: id(),
      standardVersionId: id(),
      ownerOrganizationId: id(),
      providerOrganizationId: id(),
      pscOrganizationId: nullable(id()),
      pscBranch: nullable(str({ maxLength: 128 })),
      regionKato: kato,
      channel,
      refusedAt: isoDateTime(),
      missingDocumentIds: arrayOf(id(), { minItems: 1 }),
    }),
  }),
  [ApplicationsEventTypes.statusChanged]: applicationEvent<ApplicationStatusChangedV1>(
    ApplicationsEventTypes.statusChanged,
    { from: nullable(status), to: status, changedAt: isoDateTime() },
  ),
  [ApplicationsEventTypes.resultIssued]: applicationEvent<ApplicationResultIssuedV1>(
    ApplicationsEventTypes.resultIssued,
    {
      resultForm: oneOf(applicationResultForms),
      resultRecordedAt: isoDateTime(),
      issuedAt: isoDateTime(),
      onTime: bool(),
    },
  ),
  [ApplicationsEventTypes.refused]: applicationEvent<ApplicationRefusedV1>(ApplicationsEventTypes.refused, {
    refusalGroundId: id(),
    refusedAt: isoDateTime(),
    onTime: bool(),
  }),
  [ApplicationsEventTypes.withdrawn]: applicationEvent<ApplicationWithdrawnV1>(
    ApplicationsEventTypes.withdrawn,
    { withdrawnAt: isoDateTime() },
  ),
  [ApplicationsEventTypes.overdue]: applicationEvent<ApplicationOverdueV1>(ApplicationsEventTypes.overdue, {
    detectedAt: isoDateTime(),
  }),
  [ApplicationsEventTypes.handoverLate]: applicationEvent<ApplicationHandoverLateV1>(
    ApplicationsEventTypes.handoverLate,
    { detectedAt: isoDateTime() },
  ),
  [ApplicationsEventTypes.feePaid]: applicationEvent<ApplicationFeePaidV1>(ApplicationsEventTypes.feePaid, {
    paymentId: str({ maxLength: 100 }),
    amountKzt: int({ min: 1 }),
    paidAt: isoDateTime(),
  }),
  [ApplicationsEventTypes.queueWaitExceeded]: defineEvent<QueueWaitExceededV1>({
    type: ApplicationsEventTypes.queueWaitExceeded,
    topic: Topics.applications,
    validate: payload({
      ticketId: id(),
      serviceId: id(),
      standardVersionId: id(),
      pscOrganizationId: id(),
      pscBranch: nullable(str({ maxLength: 128 })),
      regionKato: kato,
      purpose: oneOf(queueWaitPurposes),
      issuedAt: isoDateTime(),
      calledAt: isoDateTime(),
      waitMinutes: int({ min: 0 }),
      maximumMinutes: int({ min: 0 }),
    }),
  }),
} as const;
