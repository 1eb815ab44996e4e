import {
  eventCatalog,
  eventDefinitionOf,
  eventJsonSchemas,
  type ApplicationFactsV1,
  type ComplaintFactsV1,
  type ComplaintStageFactsV1,
  type EventPayload,
  type EventType,
  type StandardInForceV1,
  type ServiceEntryV1,
} from '@kzps/contracts';
import { jsonSchemaProblems } from './event-json-schemas';

const bilingual = (ru: string) => ({ kk: `${ru} (қаз.)`, ru });

const entry: ServiceEntryV1 = {
  serviceId: 'svc-1',
  code: '00101001',
  nameKk: 'Баланың тууын тіркеу',
  nameRu: 'Регистрация рождения ребенка',
  providerOrganizationIds: ['org-akimat'],
  channels: ['state-corporation', 'e-government-portal'],
  paid: false,
  termWorkingDays: 1,
  legalBasis: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
  ownerOrganizationId: 'org-ministry',
  intakeOrganizationIds: ['org-psc'],
  intakeViaPortal: true,
  recipientTypes: ['individual', 'stateless-person'],
  deliveryForm: 'paper-and-electronic',
  deliveryChannels: ['psc', 'e-government-portal'],
  feeLegalBasis: null,
  statutoryBasis: bilingual('Кодекс о браке (супружестве) и семье'),
  descriptionKk: null,
  descriptionRu: 'Выдается свидетельство о рождении',
  classifierCode: '01.01',
  version: 2,
  decree: {
    number: '1218',
    date: '2025-03-18',
    effectiveDate: '2025-03-18',
    kind: 'government-resolution',
    title: bilingual('Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218'),
  },
};

const inForce: StandardInForceV1 = {
  standardId: 'std-1',
  serviceId: 'svc-1',
  versionId: 'ver-2',
  versionNumber: 2,
  registrationNumber: '33412',
  registrationDate: '2026-06-10',
  inForceFrom: '2026-06-21T19:00:00.000Z',
  ownerOrganizationId: 'org-ministry',
  providerOrganizationIds: ['org-akimat'],
  channels: ['psc', 'electronic'],
  resultForms: ['electronic_document'],
  term: { value: 5, unit: 'working_days', acceptanceDayCounts: true },
  registrationTerm: { value: 15, unit: 'minutes' },
  queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
  fee: {
    free: false,
    amountKzt: 1476,
    paymentMethods: ['egov_payment_gateway'],
    legalBasis: bilingual('НК'),
  },
  documents: [
    {
      name: bilingual('Заявление'),
      mandatory: true,
      form: 'original',
      perChannel: [{ channel: 'electronic', mandatory: true, form: 'electronic_copy' }],
    },
  ],
  refusalGrounds: [{ text: bilingual('Недостоверные документы'), legalBasis: null }],
  basis: { kind: 'initial', reference: null },
};

const facts: ApplicationFactsV1 = {
  applicationId: 'app-1',
  trackingNumber: 'KZ-2026-000001',
  serviceId: 'svc-1',
  standardId: 'std-1',
  standardVersionId: 'ver-2',
  ownerOrganizationId: 'org-ministry',
  providerOrganizationId: 'org-akimat',
  pscOrganizationId: 'org-psc',
  pscBranch: 'almaty-1',
  regionKato: '751110000',
  channel: 'psc',
  recipientType: 'individual',
  acceptedAt: '2026-07-01T04:00:00.000Z',
  dueDate: '2026-07-08',
  dueAt: '2026-07-08T12:59:59.999Z',
  handoverDueAt: '2026-07-08T10:00:00.000Z',
  term: { value: 5, unit: 'working_days', acceptanceDayCounts: true },
};

/** A realistic payload of every event type: the compiler asks for one when a type is added. */
const complaint: ComplaintFactsV1 = {
  complaintId: 'cmp-1',
  serviceId: 'svc-1',
  ownerOrganizationId: 'org-ministry',
  providerOrganizationId: 'org-akimat',
  regionKato: '751110000',
  applicationId: 'app-1',
  ground: 'term_missed',
  form: 'electronic',
  qualityAuthorityOrganizationId: 'org-quality',
};

const stage: ComplaintStageFactsV1 = {
  ...complaint,
  stage: 1,
  instanceOrganizationId: 'org-akimat',
  instanceRole: 'local_executive_body',
  registerNumber: '2026-000001',
  registeredAt: '2026-07-09T04:00:00.000Z',
  dueDate: '2026-07-16',
};

const requirement = {
  ...complaint,
  requirementId: 'req-1',
  addresseeOrganizationId: 'org-akimat',
  dueDate: '2026-08-20',
};

const examples: { [T in EventType]: EventPayload<T> } = {
  'kz.gov.registry.organization.upserted.v1': {
    organizationId: 'org-psc',
    bin: '990240000010',
    nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы',
    nameRu: 'Государственная корпорация «Правительство для граждан»',
    kind: 'state-corporation',
    parentOrganizationId: null,
    active: true,
    updatedAt: '2026-01-10T04:00:00.000Z',
    roles: ['psc-operator'],
    registryKind: 'psc',
    regionKato: null,
  },
  'kz.gov.registry.service.included.v1': { ...entry, includedAt: '2025-03-17T19:00:00.000Z' },
  'kz.gov.registry.service.amended.v1': { ...entry, amendedAt: '2025-07-01T19:00:00.000Z' },
  'kz.gov.registry.service.excluded.v1': {
    ...entry,
    excludedAt: '2099-01-14T19:00:00.000Z',
    reason: 'Услуга оказывается проактивно',
    reasonKk: 'Қызмет проактивті көрсетіледі',
    reasonRu: 'Услуга оказывается проактивно',
  },
  'kz.gov.registry.calendar.changed.v1': {
    revision: 3,
    changedAt: '2026-11-20T09:00:00Z',
    change: { action: 'recorded', amendmentId: 'a-2', years: [2027] },
    amendments: [
      {
        id: 'a-2',
        kind: 'transfer',
        from: '2027-01-09',
        to: '2027-01-08',
        legalBasis: 'Постановление Правительства РК',
        recordedAt: '2026-11-20T09:00:00Z',
      },
    ],
  },
  'kz.gov.standards.discussion.opened.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    versionId: 'ver-1',
    openedAt: '2026-05-13T10:00:00+05:00',
    endsAt: '2026-06-12T23:59:59.999+05:00',
    late: false,
  },
  'kz.gov.standards.discussion.completed.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    versionId: 'ver-1',
    noticeId: 'notice-1',
    publishedAt: '2026-06-13T10:00:00+05:00',
    revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=1',
    proposalCount: 2,
    sentTo: [{ kind: 'public_services_authority', organizationId: 'org-psa' }],
  },
  'kz.gov.standards.standard.in-force.v1': inForce,
  'kz.gov.standards.standard.amended.v1': { ...inForce, supersededVersionId: 'ver-1' },
  'kz.gov.standards.standard.cancelled.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    cancelledVersionId: 'ver-2',
    registrationNumber: '33412',
    registrationDate: '2026-06-10',
    cancelledFrom: '2026-12-01T19:00:00.000Z',
    basis: { kind: 'exclusion', reference: 'Приказ № 901' },
  },
  'kz.gov.standards.reglament.approved.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    versionId: 'ver-2',
    reglamentId: 'reg-1',
    actKind: 'akimat_resolution',
    actNumber: '112',
    actDate: '2026-07-01',
    approvedAt: '2026-07-01T09:00:00+05:00',
    approvingOrganizationId: 'org-akimat',
    complete: true,
  },
  'kz.gov.standards.term.missed.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    termId: 'term-1',
    kind: 'standard_adoption',
    article: '7.1',
    dueDate: '2026-05-20',
    dueAt: '2026-05-20T18:59:59.999Z',
    missedAt: '2026-05-21T00:00:05.000Z',
  },
  'kz.gov.standards.registration.refused.v1': {
    standardId: 'std-1',
    serviceId: 'svc-1',
    versionId: 'ver-2',
    refusalId: 'ref-1',
    reasons: bilingual('Замечания правовой экспертизы'),
    refusedAt: '2026-06-12T10:00:00+05:00',
  },
  'kz.gov.applications.application.submitted.v1': {
    ...facts,
    recipientIdNumber: '850101300123',
    feeKzt: null,
  },
  'kz.gov.applications.intake.refused.v1': {
    intakeRefusalId: 'refusal-1',
    serviceId: 'svc-1',
    standardId: 'std-1',
    standardVersionId: 'ver-2',
    ownerOrganizationId: 'org-ministry',
    providerOrganizationId: 'org-akimat',
    pscOrganizationId: 'org-psc',
    pscBranch: 'almaty-1',
    regionKato: '751110000',
    channel: 'psc',
    refusedAt: '2026-07-01T04:10:00.000Z',
    missingDocumentIds: ['doc-1'],
  },
  'kz.gov.applications.application.status-changed.v1': {
    ...facts,
    from: 'accepted',
    to: 'in_work',
    changedAt: '2026-07-01T05:00:00.000Z',
  },
  'kz.gov.applications.application.result-issued.v1': {
    ...facts,
    resultForm: 'paper_document',
    resultRecordedAt: '2026-07-07T06:00:00.000Z',
    issuedAt: '2026-07-08T06:00:00.000Z',
    onTime: true,
  },
  'kz.gov.applications.application.refused.v1': {
    ...facts,
    refusalGroundId: 'ground-1',
    refusedAt: '2026-07-07T06:00:00.000Z',
    onTime: true,
  },
  'kz.gov.applications.application.withdrawn.v1': { ...facts, withdrawnAt: '2026-07-02T06:00:00.000Z' },
  'kz.gov.applications.application.overdue.v1': { ...facts, detectedAt: '2026-07-08T13:00:05.000Z' },
  'kz.gov.applications.application.handover-late.v1': { ...facts, detectedAt: '2026-07-08T10:00:05.000Z' },
  'kz.gov.applications.application.fee-paid.v1': {
    ...facts,
    paymentId: 'pay-1',
    amountKzt: 1476,
    paidAt: '2026-07-01T04:05:00.000Z',
  },
  'kz.gov.applications.queue.wait-exceeded.v1': {
    ticketId: 'ticket-1',
    serviceId: 'svc-1',
    standardVersionId: 'ver-2',
    pscOrganizationId: 'org-psc',
    pscBranch: 'almaty-1',
    regionKato: '751110000',
    purpose: 'applying',
    issuedAt: '2026-07-01T03:30:00.000Z',
    calledAt: '2026-07-01T03:50:00.000Z',
    waitMinutes: 20,
    maximumMinutes: 15,
  },
  'kz.gov.complaints.complaint.registered.v1': { ...stage, competent: true },
  'kz.gov.complaints.complaint.redirected.v1': {
    ...stage,
    fromOrganizationId: 'org-ministry',
    redirectedAt: '2026-07-09T04:00:00.000Z',
  },
  'kz.gov.complaints.complaint.extended.v1': {
    ...stage,
    reason: 'on_site_check',
    workingDays: 5,
    previousDueDate: '2026-07-16',
    extendedAt: '2026-07-10T04:00:00.000Z',
  },
  'kz.gov.complaints.complaint.decided.v1': {
    ...stage,
    outcome: 'refused',
    decidedAt: '2026-07-15T04:00:00.000Z',
    onTime: true,
    measures: 0,
  },
  'kz.gov.complaints.complaint.escalated.v1': {
    ...complaint,
    fromStage: 1,
    toStage: 2,
    fromOrganizationId: 'org-akimat',
    toOrganizationId: 'org-ministry',
    escalatedAt: '2026-07-16T04:00:00.000Z',
  },
  'kz.gov.complaints.complaint.overdue.v1': { ...stage, detectedAt: '2026-07-16T19:00:05.000Z' },
  'kz.gov.complaints.requirement.issued.v1': { ...requirement, issuedAt: '2026-08-06T04:00:00.000Z' },
  'kz.gov.complaints.requirement.fulfilled.v1': {
    ...requirement,
    fulfilledAt: '2026-08-19T04:00:00.000Z',
    onTime: true,
  },
  'kz.gov.complaints.requirement.overdue.v1': { ...requirement, detectedAt: '2026-08-20T19:00:05.000Z' },
  'kz.gov.complaints.court.recorded.v1': {
    ...complaint,
    stage: 1,
    filedOn: '2026-07-10',
    court: bilingual('Специализированный межрайонный административный суд г. Алматы'),
    recordedAt: '2026-07-10T04:00:00.000Z',
  },
  'kz.gov.complaints.complaint.withdrawn.v1': {
    ...complaint,
    stage: 1,
    withdrawnAt: '2026-07-11T04:00:00.000Z',
  },
};

const schemas = eventJsonSchemas();

/** The same payload with one field of another JSON type: a boolean becomes a text, anything else a boolean. */
function withWrongType(payload: Record<string, unknown>, field: string): Record<string, unknown> {
  return { ...payload, [field]: typeof payload[field] === 'boolean' ? 'yes' : true };
}

describe('the JSON Schema of every event type', () => {
  it('exists for every type in the catalogue, titled with its type and placed on its topic', () => {
    expect(schemas.map((schema) => schema.type)).toEqual(Object.keys(eventCatalog));
    for (const { type, topic, payload } of schemas) {
      expect(payload).toMatchObject({ type: 'object', title: type, description: expect.any(String) });
      expect(topic).toBe(eventDefinitionOf(type)?.topic);
    }
  });

  it.each(schemas.map(({ type }) => type))(
    'accepts a realistic %s payload, as the zod definition does',
    (type) => {
      const example = examples[type];
      expect(jsonSchemaProblems(type, example)).toEqual([]);
      expect(eventDefinitionOf(type)?.validate(example)).toEqual([]);
    },
  );

  it.each(schemas.map(({ type }) => type))(
    'refuses a %s payload without a required field or with one of the wrong type, as the zod definition does',
    (type) => {
      const example = examples[type] as Record<string, unknown>;
      const required = (schemas.find((schema) => schema.type === type)?.payload.required ?? []) as string[];
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) {
        const { [field]: _missing, ...without } = example;
        for (const broken of [without, withWrongType(example, field)]) {
          expect(jsonSchemaProblems(type, broken)).not.toEqual([]);
          expect(eventDefinitionOf(type)?.validate(broken)).not.toEqual([]);
        }
      }
    },
  );

  it('accepts fields a producer adds within the version, at every depth (consumers ignore them)', () => {
    const open = (schema: unknown): boolean =>
      typeof schema !== 'object' || schema === null
        ? true
        : Object.entries(schema).every(
            ([keyword, value]) => !(keyword === 'additionalProperties' && value === false) && open(value),
          );
    for (const { type, payload } of schemas)
      expect({ type, open: open(payload) }).toEqual({ type, open: true });
    const included = examples['kz.gov.registry.service.included.v1'];
    const later = { ...included, addedLater: 1, decree: { ...included.decree, addedLater: 'x' } };
    expect(jsonSchemaProblems('kz.gov.registry.service.included.v1', later)).toEqual([]);
  });

  it('tells an individual provider by masked IIN and every other organisation by BIN (Art. 5.2.2)', () => {
    const type = 'kz.gov.registry.organization.upserted.v1';
    const { bin, ...ministry } = examples[type];
    const notary = { ...ministry, kind: 'individual', iinMasked: '8501******23' };
    expect(jsonSchemaProblems(type, notary)).toEqual([]);
    expect(jsonSchemaProblems(type, { ...notary, bin })).not.toEqual([]);
    expect(jsonSchemaProblems(type, ministry)).not.toEqual([]);
    expect(jsonSchemaProblems(type, { ...notary, iinMasked: '850101300123' })).not.toEqual([]);
  });

  it('names a type it has no schema for', () => {
    expect(jsonSchemaProblems('kz.gov.registry.service.included.v9', {})).toEqual([
      'kz.gov.registry.service.included.v9 has no JSON Schema in @kzps/contracts',
    ]);
  });
});
