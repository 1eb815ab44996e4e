/**
 * Public monitoring of the quality of public services (Law "On public services", Art. 23): the quality
 * authority accredits non-commercial organisations, orders monitoring from accredited ones, and accepts their
 * reports; an NGO's monitoring on its own initiative is accepted too, but marked apart (Art. 23.1, 23.5).
 * Organisations by id and BIN only, no persons.
 */
import { z } from 'zod';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { bilingual, bin, id, isoDate, isoDateTime } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

/**
 * Art. 23.1: monitoring by an accredited NGO on the quality authority's state order, or by any NGO on its own
 * initiative and at its own cost. Only the first is an accredited result (Art. 23.5).
 */
export const monitoringBases = ['state-order', 'own-initiative'] as const;
export type MonitoringBasis = (typeof monitoringBases)[number];

/** What a finding recommends for the service's standard (Art. 23.5: adopt, change or cancel), if anything. */
export const standardProposals = ['adopt', 'change', 'cancel'] as const;
export type StandardProposal = (typeof standardProposals)[number];

const exampleAccreditation = '7c2e9d10-0001-4000-8000-00000000ac01';
const exampleNgo = 'e1a2b3c4-0001-4000-8000-0000000000e0';

export const accreditationGrantedEvent = defineEvent({
  type: 'kz.gov.monitoring.accreditation.granted.v1',
  topic: Topics.monitoringAccreditations,
  key: (payload) => payload.accreditationId,
  description:
    'Subject: the accreditation id. Art. 23.3: the quality authority accredited a non-commercial ' +
    'organisation to monitor the quality of public services, valid from and until the dates given.',
  payload: z.looseObject({
    accreditationId: id(),
    ngoOrganizationId: id(),
    ngoBin: bin(),
    ngoName: bilingual(1000),
    validFrom: isoDate(),
    validUntil: isoDate(),
    decidedOn: isoDate(),
    qualityAuthorityId: id(),
  }),
  example: {
    accreditationId: exampleAccreditation,
    ngoOrganizationId: exampleNgo,
    ngoBin: '120340012345',
    ngoName: { kk: '«Ашық қоғам» қоғамдық қоры', ru: 'Общественный фонд «Открытое общество»' },
    validFrom: '2026-09-01',
    validUntil: '2029-08-31',
    decidedOn: '2026-08-25',
    qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
  },
});

export const accreditationRevokedEvent = defineEvent({
  type: 'kz.gov.monitoring.accreditation.revoked.v1',
  topic: Topics.monitoringAccreditations,
  key: (payload) => payload.accreditationId,
  description:
    'Subject: the accreditation id. The quality authority revoked the accreditation (Art. 23.4); the NGO’s ' +
    'later reports are no longer accredited results.',
  payload: z.looseObject({
    accreditationId: id(),
    ngoOrganizationId: id(),
    revokedOn: isoDate(),
    reason: bilingual(2000),
  }),
  example: {
    accreditationId: exampleAccreditation,
    ngoOrganizationId: exampleNgo,
    revokedOn: '2027-03-01',
    reason: {
      kk: 'Мониторинг әдістемесі екі рет бұзылды',
      ru: 'Дважды нарушена методика мониторинга',
    },
  },
});

const finding = z.looseObject({
  serviceId: id(),
  providerOrganizationId: id().nullable(),
  text: bilingual(20_000),
  /** The standard change the finding recommends, null when it recommends none. */
  proposal: z.enum(standardProposals).nullable(),
});

export const monitoringReportAcceptedEvent = defineEvent({
  type: 'kz.gov.monitoring.monitoring-report.accepted.v1',
  topic: Topics.monitoringReports,
  key: (payload) => payload.reportId,
  description:
    'Subject: the monitoring report id. An NGO’s public monitoring report was accepted, with its findings ' +
    'per service and provider. `accredited` is true only for an accredited NGO’s report on a state order: ' +
    'those results are what owners use to adopt, change or cancel standards (Art. 23.5); own-initiative ' +
    'monitoring (Art. 23.1) is kept apart.',
  payload: z
    .looseObject({
      reportId: id(),
      ngoOrganizationId: id(),
      basis: z.enum(monitoringBases),
      accredited: z.boolean(),
      accreditationId: id().nullable(),
      stateOrderId: id().nullable(),
      periodFrom: isoDate(),
      periodTo: isoDate(),
      findings: z.array(finding),
      acceptedAt: isoDateTime(),
    })
    .superRefine((payload, context) => {
      const onOrder = payload.basis === 'state-order';
      if (payload.accredited !== onOrder || (payload.stateOrderId !== null) !== onOrder) {
        context.addIssue({
          code: 'custom',
          path: ['accredited'],
          message: 'a state order’s report is accredited and names its order; own-initiative is neither',
          input: payload,
        });
      }
    })
    .meta({
      if: { properties: { basis: { const: 'state-order' } }, required: ['basis'] },
      then: { properties: { accredited: { const: true }, stateOrderId: { type: 'string' } } },
      else: { properties: { accredited: { const: false }, stateOrderId: { type: 'null' } } },
    }),
  example: {
    reportId: '7c2e9d10-0003-4000-8000-00000000a301',
    ngoOrganizationId: exampleNgo,
    basis: 'state-order',
    accredited: true,
    accreditationId: exampleAccreditation,
    stateOrderId: '7c2e9d10-0002-4000-8000-00000000a201',
    periodFrom: '2026-09-01',
    periodTo: '2026-11-30',
    findings: [
      {
        serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
        providerOrganizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
        text: {
          kk: 'Құжаттар тізбесі артық: анықтама мемлекеттік дерекқорда бар',
          ru: 'Перечень документов избыточен: справка есть в государственной базе',
        },
        proposal: 'change',
      },
    ],
    acceptedAt: '2026-12-05T06:00:00.000Z',
  },
});

export type AccreditationGrantedV1 = PayloadOf<typeof accreditationGrantedEvent>;
export type AccreditationRevokedV1 = PayloadOf<typeof accreditationRevokedEvent>;
export type MonitoringReportAcceptedV1 = PayloadOf<typeof monitoringReportAcceptedEvent>;

/** The public-monitoring events by name; monitoring.events.ts puts them into the context's catalogue. */
export const publicMonitoringEvents = {
  accreditationGranted: accreditationGrantedEvent,
  accreditationRevoked: accreditationRevokedEvent,
  monitoringReportAccepted: monitoringReportAcceptedEvent,
};
