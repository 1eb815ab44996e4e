import { ApiUuidParam, type Page } from '@kzps/platform';
import type { ApplicationView } from '../applications/application.view';
import { statusTexts } from '../applications/status-texts';
import type { PaymentView } from '../fees/dto/payment-notice.dto';
import type { ApplicationReceipt, IntakeRefusalReceipt } from '../intake/receipt';
import type { StandardInForceView } from '../intake/standard-view';
import type { QueueTicketView } from '../queue/dto/queue-ticket.dto';
import type { ContactCentreStatus, HistoryEntry, PublicStatus } from '../reads/reads.service';

/** The fixed ids the document's examples use. */
export const exampleIds = {
  application: '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c',
  service: '3f1b6a52-8e0e-4d2b-9b7c-2d4b7a1e5c10',
  standard: '8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
  version: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  ministry: 'db7bb6d6-d7f4-428a-823f-052440872054',
  psc: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  documents: ['2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901', '3c4d5e6f-7081-4293-a4b5-c6d7e8f90a12'],
  refusalGround: '4d5e6f70-8192-43a4-b5c6-d7e8f90a1b23',
  intakeRefusal: '5e6f7081-92a3-44b5-86d7-e8f90a1b2c34',
  queueTicket: '6f708192-a3b4-45c6-97e8-f90a1b2c3d45',
} as const;

export const exampleTrackingNumber = '7K3QF9M2XA-1';

const service = {
  id: exampleIds.service,
  code: '00301001',
  name: {
    kk: 'Мекенжай анықтамасын беру',
    ru: 'Выдача адресной справки',
  },
};
const documents = [
  {
    id: exampleIds.documents[0],
    name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' },
  },
  { id: exampleIds.documents[1], name: { kk: 'Өтініш', ru: 'Заявление' } },
];
const term = { value: 5, unit: 'working_days', acceptanceDayCounts: true };

/** A PSC application accepted on Thursday 19 March 2026: five working days across Nauryz. */
export const exampleReceipt: ApplicationReceipt = {
  applicationId: exampleIds.application,
  trackingNumber: exampleTrackingNumber,
  service,
  provider: { id: exampleIds.ministry, name: { kk: 'Әділет министрлігі', ru: 'Министерство юстиции' } },
  channel: 'psc',
  acceptedAt: '2026-03-19T05:00:00.000Z',
  acceptedAtLocal: '2026-03-19 10:00',
  term,
  dueDate: '2026-03-30',
  dueAt: '2026-03-30T18:59:59.999Z',
  handoverDueAt: '2026-03-27T18:59:59.999Z',
  skipped: [
    {
      date: '2026-03-23',
      kind: 'holiday',
      reason: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' },
    },
  ],
  provisional: false,
  feeKzt: null,
  documents,
  text: {
    kk: 'Өтініш № 7K3QF9M2XA-1 қабылданды. Нәтиже 2026 жылғы 30 наурыздан кешіктірілмей беріледі.',
    ru: 'Заявление № 7K3QF9M2XA-1 принято. Результат — не позднее 30 марта 2026 г.',
  },
};

export const exampleIntakeRefusal: IntakeRefusalReceipt = {
  intakeRefusalId: exampleIds.intakeRefusal,
  service,
  refusedAt: '2026-03-19T05:00:00.000Z',
  refusedAtLocal: '2026-03-19 10:00',
  missingDocuments: [documents[1]],
  text: {
    kk: 'Құжаттар топтамасы толық емес, өтініш қабылданбады. Жоқ құжат: Өтініш.',
    ru: 'Заявление не принято: неполный пакет документов. Не представлен: Заявление.',
  },
};

export const exampleStandard: StandardInForceView = {
  service,
  standardId: exampleIds.standard,
  versionId: exampleIds.version,
  versionNumber: 2,
  registrationNumber: '33210',
  inForceFrom: '2026-01-01',
  channels: ['psc', 'electronic'],
  resultForms: ['electronic_document', 'paper_document'],
  term,
  fee: {
    free: true,
    amountKzt: null,
    paymentMethods: [],
    legalBasis: { kk: 'Тегін', ru: 'Бесплатно' },
  },
  queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
  documents: documents.map((document) => ({
    ...document,
    mandatory: true,
    form: 'original',
    perChannel: [],
  })),
  refusalGrounds: [
    {
      id: exampleIds.refusalGround,
      text: {
        kk: 'Ұсынылған құжаттардың анық еместігі',
        ru: 'Недостоверность представленных документов',
      },
      legalBasis: {
        kk: '«Мемлекеттік көрсетілетін қызметтер туралы» Заң',
        ru: 'Закон «О государственных услугах»',
      },
    },
  ],
};

export const exampleApplication: ApplicationView = {
  id: exampleIds.application,
  trackingNumber: exampleTrackingNumber,
  status: 'in_work',
  statusText: statusTexts.in_work,
  serviceId: exampleIds.service,
  standardVersionId: exampleIds.version,
  providerOrganizationId: exampleIds.ministry,
  pscOrganizationId: exampleIds.psc,
  pscBranch: 'astana-esil-01',
  channel: 'psc',
  recipient: { type: 'individual', idNumber: '9003******33' },
  acceptedAt: exampleReceipt.acceptedAt,
  term,
  dueDate: exampleReceipt.dueDate,
  dueAt: exampleReceipt.dueAt,
  handoverDueAt: exampleReceipt.handoverDueAt,
  overdue: false,
  fee: null,
  result: null,
  refusal: null,
  issuedAt: null,
  closedAt: null,
};

export const exampleApplicationPage: Page<ApplicationView> = {
  items: [exampleApplication],
  total: 1,
  page: 1,
  size: 20,
};

export const exampleIntakeRefusalPage: Page<IntakeRefusalReceipt> = {
  items: [exampleIntakeRefusal],
  total: 1,
  page: 1,
  size: 20,
};

export const exampleHistory: HistoryEntry[] = [
  { from: null, to: 'accepted', statusText: statusTexts.accepted, changedAt: '2026-03-19T05:00:00.000Z' },
  { from: 'accepted', to: 'in_work', statusText: statusTexts.in_work, changedAt: '2026-03-20T04:30:00.000Z' },
];

export const examplePublicStatus: PublicStatus = {
  trackingNumber: exampleTrackingNumber,
  status: 'in_work',
  statusText: statusTexts.in_work,
  dueDate: '2026-03-30',
};

export const exampleContactCentreStatus: ContactCentreStatus = {
  ...examplePublicStatus,
  history: exampleHistory,
};

export const examplePayment: PaymentView = {
  paymentId: 'EPAY-2026-0000123456',
  amountKzt: 2_500,
  paidAt: '2026-03-20T06:15:00.000Z',
  receivedAt: '2026-03-20T06:15:02.000Z',
};

export const exampleQueueTicket: QueueTicketView = {
  id: exampleIds.queueTicket,
  ticketNumber: 'A-042',
  serviceId: exampleIds.service,
  purpose: 'applying',
  issuedAt: '2026-03-19T04:40:00.000Z',
  calledAt: '2026-03-19T05:02:00.000Z',
  waitMinutes: 22,
  maximumMinutes: 15,
  exceeded: true,
};

/** A response body shown by its example. */
export const exampleBody = (example: unknown) => ({ schema: { type: 'object', example } });

/** The application an operation acts on, in the path. */
export const ApiApplicationId = (): MethodDecorator =>
  ApiUuidParam('id', exampleIds.application, 'The application');
