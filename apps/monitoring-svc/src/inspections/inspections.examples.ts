import type { FindingView, InspectionView, OrderView, PublishedInspectionView } from './inspection-views';

/** The ids and texts the OpenAPI document shows; the same everywhere so the examples read as one story. */
export const InspectionExamples = {
  inspectionId: '5a1d0c4e-0001-4000-8000-00000000e001',
  findingId: '5a1d0c4e-0002-4000-8000-00000000f001',
  orderId: '5a1d0c4e-0003-4000-8000-00000000d001',
  ownerId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
  complaintId: '0b4f1c1e-5d0f-4a53-9a43-0e1a7f0b3f11',
  findingText: {
    kk: '12 өтініштің нәтижесі стандартта белгіленген мерзімнен кеш берілген',
    ru: 'Результаты по 12 заявлениям выданы позже срока, установленного стандартом',
  },
  orderText: {
    kk: 'Нәтижелерді стандартта белгіленген мерзімде беруді қамтамасыз ету',
    ru: 'Обеспечить выдачу результатов в срок, установленный стандартом',
  },
  summary: {
    kk: 'Стандарттың 8-тармағында белгіленген мерзім бұзылған; нұсқама берілді',
    ru: 'Нарушен срок, установленный пунктом 8 стандарта; выдано предписание',
  },
  orderReport: {
    kk: 'Қызметкерлерге нұсқау берілді, мерзімдерді бақылау енгізілді',
    ru: 'Проведен инструктаж сотрудников, введен контроль сроков',
  },
  returnReasons: {
    kk: 'Есепте нәтижелердің мерзімінде берілгені расталмаған',
    ru: 'Отчёт не подтверждает выдачу результатов в срок',
  },
} as const;

const X = InspectionExamples;

export const exampleFinding: FindingView = {
  findingId: X.findingId,
  inspectionId: X.inspectionId,
  serviceId: X.serviceId,
  violated: { kind: 'standard-item', reference: 'п. 8 / 8-тармақ' },
  description: { ...X.findingText },
  recordedOn: '2026-09-10',
};

export const exampleOrder: OrderView = {
  orderId: X.orderId,
  inspectionId: X.inspectionId,
  findingId: X.findingId,
  addresseeOrganizationId: X.ownerId,
  addresseeRole: 'owner',
  text: { ...X.orderText },
  issuedOn: '2026-09-14',
  dueDate: '2026-10-14',
  status: 'issued',
  report: null,
  reportedOn: null,
  fulfilledOn: null,
  overdueSince: null,
  returnedOn: null,
  returnReasons: null,
};

export const exampleInspection: InspectionView = {
  inspectionId: X.inspectionId,
  kind: 'unplanned',
  planYear: null,
  ground: { kind: 'complaint', reference: X.complaintId },
  subjectOrganizationId: X.ownerId,
  subjectRole: 'owner',
  serviceIds: [X.serviceId],
  startDate: '2026-09-01',
  endDate: '2026-09-14',
  qualityAuthorityId: X.qualityAuthorityId,
  status: 'scheduled',
  summary: null,
  completedOn: null,
  publishedAt: null,
  scheduledAt: '2026-08-20T05:00:00.000Z',
  findings: [exampleFinding],
  orders: [exampleOrder],
};

export const examplePublished: PublishedInspectionView = {
  inspectionId: X.inspectionId,
  kind: 'unplanned',
  planYear: null,
  groundKind: 'complaint',
  subjectOrganizationId: X.ownerId,
  subjectRole: 'owner',
  serviceIds: [X.serviceId],
  startDate: '2026-09-01',
  endDate: '2026-09-14',
  completedOn: '2026-09-14',
  summary: { ...X.summary },
  publishedAt: '2026-09-14T10:00:00.000Z',
  findings: [exampleFinding],
  orders: [exampleOrder],
};
