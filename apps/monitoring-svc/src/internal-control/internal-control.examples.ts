import type {
  InternalControlReportView,
  InternalControlRequestView,
  LateReport,
} from './internal-control.service';

/** The ids and texts the OpenAPI document shows. */
export const InternalControlExamples = {
  ownerId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  requestId: '3b9f6a20-0001-4000-8000-00000000b001',
  reportId: '3b9f6a20-0002-4000-8000-00000000b002',
  unitId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  subject: {
    kk: 'Жергілікті бөлімшелердегі мерзімдердің сақталуы',
    ru: 'Соблюдение сроков в территориальных подразделениях',
  },
  unitName: { kk: 'Алматы қаласы бойынша департамент', ru: 'Департамент по городу Алматы' },
  measures: {
    kk: 'Мерзімдерді бақылау журналы енгізілді',
    ru: 'Введен журнал контроля сроков',
  },
  summary: {
    kk: '14 бөлімше тексерілді, 3 бұзушылық анықталып, жойылды',
    ru: 'Проверено 14 подразделений, выявлено и устранено 3 нарушения',
  },
} as const;

const X = InternalControlExamples;

export const exampleRequest: InternalControlRequestView = {
  requestId: X.requestId,
  ownerOrganizationId: X.ownerId,
  subject: { ...X.subject },
  periodFrom: '2026-01-01',
  periodTo: '2026-08-31',
  dueDate: '2026-09-21',
  requestedOn: '2026-09-07',
  qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
  reportId: null,
};

export const exampleReport: InternalControlReportView = {
  reportId: X.reportId,
  ownerOrganizationId: X.ownerId,
  halfYear: '2026-H1',
  requestId: null,
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  dueDate: '2026-07-15',
  submittedOn: '2026-07-10',
  late: false,
  units: [
    {
      kind: 'territorial-unit',
      organizationId: X.unitId,
      name: { ...X.unitName },
      checks: 4,
      violations: 1,
      measures: { ...X.measures },
    },
  ],
  summary: { ...X.summary },
};

export const exampleLateReport: LateReport = {
  ownerOrganizationId: X.ownerId,
  ownerName: {
    kk: 'Қазақстан Республикасының Еңбек министрлігі',
    ru: 'Министерство труда Республики Казахстан',
  },
  obligation: 'half-year',
  halfYear: '2026-H1',
  requestId: null,
  dueDate: '2026-07-15',
  reportId: null,
  submittedOn: null,
  daysLate: 28,
};
