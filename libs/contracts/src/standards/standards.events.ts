/**
 * The standards context's events (Law "On public services", Ch. 3-4): public discussion, standards in force,
 * amended and cancelled, registrations refused, reglaments, missed statutory terms. Subjects are standard ids.
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
  optional,
  payload,
  str,
} from '../validation/rules';

export const StandardsEventTypes = {
  discussionOpened: 'kz.gov.standards.discussion.opened.v1',
  discussionCompleted: 'kz.gov.standards.discussion.completed.v1',
  standardInForce: 'kz.gov.standards.standard.in-force.v1',
  standardAmended: 'kz.gov.standards.standard.amended.v1',
  standardCancelled: 'kz.gov.standards.standard.cancelled.v1',
  reglamentApproved: 'kz.gov.standards.reglament.approved.v1',
  termMissed: 'kz.gov.standards.term.missed.v1',
  registrationRefused: 'kz.gov.standards.registration.refused.v1',
} as const;
export type StandardsEventType = (typeof StandardsEventTypes)[keyof typeof StandardsEventTypes];

interface TextV1 {
  kk: string;
  ru: string;
}

/** Subject: the standard id. */
export interface DiscussionOpenedV1 {
  standardId: string;
  serviceId: string;
  versionId: string;
  openedAt: string;
  endsAt: string;
  /**
   * The first version's discussion opened after the 30 calendar days of Art. 9.5 (that term is reported
   * missed); it still runs 30 calendar days, because Art. 7.4 makes the discussion mandatory.
   */
  late?: boolean;
}

/** Subject: the standard id. Art. 9.4: the notice goes to the interested bodies for agreement. */
export interface DiscussionCompletedV1 {
  standardId: string;
  serviceId: string;
  versionId: string;
  noticeId: string;
  publishedAt: string;
  revisedDraftUrl: string;
  proposalCount: number;
  sentTo: Array<{ kind: string; organizationId: string }>;
}

/**
 * Subject: the standard id. Everything applications-svc needs to accept applications under the standard
 * (Art. 8): term, documents, refusal grounds, fee, channels, queue maximums.
 */
export interface StandardInForceV1 {
  standardId: string;
  serviceId: string;
  versionId: string;
  versionNumber: number;
  registrationNumber: string;
  registrationDate: string;
  inForceFrom: string;
  ownerOrganizationId: string;
  providerOrganizationIds: string[];
  channels: string[];
  resultForms: string[];
  term: { value: number; unit: string; acceptanceDayCounts: boolean };
  registrationTerm: { value: number; unit: string };
  queueWait: { applyingMinutes: number; collectingMinutes: number };
  fee: { free: boolean; amountKzt: number | null; paymentMethods: string[]; legalBasis: TextV1 };
  documents: Array<{
    name: TextV1;
    mandatory: boolean;
    form: string;
    perChannel: Array<{ channel: string; mandatory: boolean; form: string }>;
  }>;
  refusalGrounds: Array<{ text: TextV1; legalBasis: TextV1 | null }>;
  basis: { kind: string; reference: string | null };
}

/** Subject: the standard id. Same content as in force: an amendment replaces the whole standard. */
export type StandardAmendedV1 = StandardInForceV1 & { supersededVersionId: string };

/** Subject: the standard id. */
export interface StandardCancelledV1 {
  standardId: string;
  serviceId: string;
  cancelledVersionId: string;
  registrationNumber: string;
  registrationDate: string;
  cancelledFrom: string;
  basis: { kind: string; reference: string | null };
}

/**
 * Subject: the standard id. One event per approving act: a local service's reglament is adopted by a
 * resolution of each akimat that delivers it (Art. 10.3), a central one by the owner's order (Art. 10.2).
 */
export interface ReglamentApprovedV1 {
  standardId: string;
  serviceId: string;
  versionId: string;
  reglamentId: string;
  actKind: string;
  actNumber: string;
  actDate: string;
  approvedAt: string;
  /** The body whose act this is. */
  approvingOrganizationId?: string;
  /** True when this act was the last one the reglament needed: it now applies everywhere. */
  complete?: boolean;
}

/**
 * Subject: the standard id. Art. 7.2: the Ministry of Justice refused to register the agreed version; it
 * goes back to revision and, once revised, to a new round of agreement.
 */
export interface RegistrationRefusedV1 {
  standardId: string;
  serviceId: string;
  versionId: string;
  refusalId: string;
  reasons: TextV1;
  refusedAt: string;
}

/** Subject: the standard id. A statutory term ran out before it was met. */
export interface TermMissedV1 {
  standardId: string;
  serviceId: string;
  termId: string;
  kind: string;
  article: string;
  dueDate: string;
  dueAt: string;
  missedAt: string;
}

export interface StandardsEventPayloads {
  'kz.gov.standards.discussion.opened.v1': DiscussionOpenedV1;
  'kz.gov.standards.discussion.completed.v1': DiscussionCompletedV1;
  'kz.gov.standards.standard.in-force.v1': StandardInForceV1;
  'kz.gov.standards.standard.amended.v1': StandardAmendedV1;
  'kz.gov.standards.standard.cancelled.v1': StandardCancelledV1;
  'kz.gov.standards.reglament.approved.v1': ReglamentApprovedV1;
  'kz.gov.standards.term.missed.v1': TermMissedV1;
  'kz.gov.standards.registration.refused.v1': RegistrationRefusedV1;
}

const text = objectOf({ kk: str(), ru: str() });
const inForceShape = {
  standardId: id(),
  serviceId: id(),
  versionId: id(),
  versionNumber: int({ min: 1 }),
  registrationNumber: str({ maxLength: 100 }),
  registrationDate: isoDate(),
  inForceFrom: isoDateTime(),
  ownerOrganizationId: id(),
  providerOrganizationIds: arrayOf(id()),
  channels: arrayOf(str()),
  resultForms: arrayOf(str(), { minItems: 1 }),
  term: objectOf({ value: int({ min: 1 }), unit: str(), acceptanceDayCounts: bool() }),
  registrationTerm: objectOf({ value: int({ min: 1 }), unit: str() }),
  queueWait: objectOf({ applyingMinutes: int({ min: 0 }), collectingMinutes: int({ min: 0 }) }),
  fee: objectOf({
    free: bool(),
    amountKzt: nullable(int({ min: 1 })),
    paymentMethods: arrayOf(str()),
    legalBasis: text,
  }),
  documents: arrayOf(
    objectOf({
      name: text,
      mandatory: bool(),
      form: str(),
      perChannel: arrayOf(objectOf({ channel: str(), mandatory: bool(), form: str() })),
    }),
  ),
  refusalGrounds: arrayOf(objectOf({ text, legalBasis: nullable(text) })),
  basis: objectOf({ kind: str(), reference: nullable(str()) }),
};

export const standardsEvents = {
  [StandardsEventTypes.discussionOpened]: defineEvent<DiscussionOpenedV1>({
    type: StandardsEventTypes.discussionOpened,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      versionId: id(),
      openedAt: isoDateTime(),
      endsAt: isoDateTime(),
      late: optional(bool()),
    }),
  }),
  [StandardsEventTypes.discussionCompleted]: defineEvent<DiscussionCompletedV1>({
    type: StandardsEventTypes.discussionCompleted,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      versionId: id(),
      noticeId: id(),
      publishedAt: isoDateTime(),
      revisedDraftUrl: str(),
      proposalCount: int({ min: 0 }),
      sentTo: arrayOf(objectOf({ kind: str(), organizationId: id() })),
    }),
  }),
  [StandardsEventTypes.standardInForce]: defineEvent<StandardInForceV1>({
    type: StandardsEventTypes.standardInForce,
    topic: Topics.standards,
    validate: payload(inForceShape),
  }),
  [StandardsEventTypes.standardAmended]: defineEvent<StandardAmendedV1>({
    type: StandardsEventTypes.standardAmended,
    topic: Topics.standards,
    validate: payload({ ...inForceShape, supersededVersionId: id() }),
  }),
  [StandardsEventTypes.standardCancelled]: defineEvent<StandardCancelledV1>({
    type: StandardsEventTypes.standardCancelled,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      cancelledVersionId: id(),
      registrationNumber: str(),
      registrationDate: isoDate(),
      cancelledFrom: isoDateTime(),
      basis: objectOf({ kind: str(), reference: nullable(str()) }),
    }),
  }),
  [StandardsEventTypes.reglamentApproved]: defineEvent<ReglamentApprovedV1>({
    type: StandardsEventTypes.reglamentApproved,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      versionId: id(),
      reglamentId: id(),
      actKind: oneOf(['central_body_order', 'akimat_resolution']),
      actNumber: str(),
      actDate: isoDate(),
      approvedAt: isoDateTime(),
      approvingOrganizationId: optional(id()),
      complete: optional(bool()),
    }),
  }),
  [StandardsEventTypes.termMissed]: defineEvent<TermMissedV1>({
    type: StandardsEventTypes.termMissed,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      termId: id(),
      kind: str(),
      article: str(),
      dueDate: isoDate(),
      dueAt: isoDateTime(),
      missedAt: isoDateTime(),
    }),
  }),
  [StandardsEventTypes.registrationRefused]: defineEvent<RegistrationRefusedV1>({
    type: StandardsEventTypes.registrationRefused,
    topic: Topics.standards,
    validate: payload({
      standardId: id(),
      serviceId: id(),
      versionId: id(),
      refusalId: id(),
      reasons: text,
      refusedAt: isoDateTime(),
    }),
  }),
} as const;
