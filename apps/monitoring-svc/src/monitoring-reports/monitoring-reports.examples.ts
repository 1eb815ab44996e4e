import type { MonitoringReportView, StateOrderView } from './monitoring-reports.service';

/** The ids and texts the OpenAPI document shows (the same NGO and accreditation as the accreditations'). */
export const MonitoringReportExamples = {
  reportId: '7c2e9d10-0003-4000-8000-00000000a301',
  stateOrderId: '7c2e9d10-0002-4000-8000-00000000a201',
  accreditationId: '7c2e9d10-0001-4000-8000-00000000ac01',
  ngoOrganizationId: 'e1a2b3c4-0001-4000-8000-0000000000e0',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  providerId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  subject: {
    kk: 'Алматы қаласындағы әлеуметтік қызметтердің сапасын мониторингтеу',
    ru: 'Мониторинг качества социальных услуг в городе Алматы',
  },
  summary: {
    kk: '300 алушы сұралды; қанағаттану деңгейі 78%',
    ru: 'Опрошено 300 получателей; уровень удовлетворенности 78%',
  },
  findingText: {
    kk: 'Құжаттар тізбесі артық: анықтама мемлекеттік дерекқорда бар',
    ru: 'Перечень документов избыточен: справка есть в государственной базе',
  },
} as const;

const X = MonitoringReportExamples;

export const exampleStateOrder: StateOrderView = {
  stateOrderId: X.stateOrderId,
  accreditationId: X.accreditationId,
  ngoOrganizationId: X.ngoOrganizationId,
  subject: { ...X.subject },
  serviceIds: [X.serviceId],
  periodFrom: '2026-09-01',
  periodTo: '2026-11-30',
  reportDueDate: '2026-12-15',
  issuedOn: '2026-08-28',
  qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
  reportId: null,
};

export const exampleReport: MonitoringReportView = {
  reportId: X.reportId,
  ngoOrganizationId: X.ngoOrganizationId,
  basis: 'state-order',
  accredited: true,
  accreditationId: X.accreditationId,
  stateOrderId: X.stateOrderId,
  periodFrom: '2026-09-01',
  periodTo: '2026-11-30',
  summary: { ...X.summary },
  findings: [
    {
      serviceId: X.serviceId,
      providerOrganizationId: X.providerId,
      text: { ...X.findingText },
      proposal: 'change',
    },
  ],
  acceptedAt: '2026-12-05T06:00:00.000Z',
};
