import type { Page } from '@kzps/platform';
import { GROUND_TEXTS } from './complaint-texts';
import type { ComplaintView, RequirementView } from './complaint-view';
import type { OfficerAlert, RegisterEntry } from './records.service';

/** The fixed ids the document's examples use. */
export const exampleIds = {
  complaint: '5b0e7f3c-2a4d-4c1e-9f6a-7d8e9a0b1c2d',
  service: '3f1b6a52-8e0e-4d2b-9b7c-2d4b7a1e5c10',
  akimat: 'b11dcfae-f7b9-4155-b0d4-503978098c1f',
  ministry: 'db7bb6d6-d7f4-428a-823f-052440872054',
  quality: 'ffb12e5b-808d-4963-b54b-047a1c4d63fb',
  application: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
  stage: 'e4d3c2b1-a0f9-4e8d-8c7b-6a5f4e3d2c1b',
  requirement: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  measure: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
} as const;

export const exampleRequirement: RequirementView = {
  id: exampleIds.requirement,
  addresseeId: exampleIds.akimat,
  text: {
    kk: 'Шағымданушыға анықтаманы беру және мерзімдердің сақталуын қамтамасыз ету',
    ru: 'Выдать заявителю справку и обеспечить соблюдение сроков',
  },
  dueDate: '2026-08-20',
  issuedAt: '2026-08-06T04:00:00.000Z',
  fulfilledAt: null,
  overdue: false,
};

/** A complaint at its first instance, the akimat, with the term running. */
export const exampleComplaint: ComplaintView = {
  id: exampleIds.complaint,
  status: 'in_review',
  form: 'electronic',
  paperReference: null,
  complainantIdNumber: '900315401233',
  serviceId: exampleIds.service,
  ownerId: exampleIds.ministry,
  providerId: exampleIds.akimat,
  applicationId: exampleIds.application,
  ground: { code: 'term_missed', text: GROUND_TEXTS.term_missed },
  description: 'Справка не выдана в срок',
  filedAt: '2026-07-09T04:00:00.000Z',
  chain: [
    { stage: 1, role: 'local_executive_body', organizationId: exampleIds.akimat, termWorkingDays: 5 },
    { stage: 2, role: 'owner', organizationId: exampleIds.ministry, termWorkingDays: 5 },
    { stage: 3, role: 'quality_authority', organizationId: exampleIds.quality, termWorkingDays: 15 },
  ],
  stages: [
    {
      id: exampleIds.stage,
      stage: 1,
      instanceId: exampleIds.akimat,
      instanceRole: 'local_executive_body',
      competent: true,
      registerNumber: '2026-000042',
      registeredAt: '2026-07-09T04:00:00.000Z',
      registrationDate: '2026-07-09',
      termWorkingDays: 5,
      dueDate: '2026-07-16',
      lastExtensionDate: '2026-07-13',
      state: 'open',
      overdue: false,
      decision: null,
      extensions: [],
    },
  ],
  notices: [
    {
      addressee: 'complainant',
      kind: 'registered',
      channel: 'electronic',
      text: {
        kk: 'Шағым 2026-07-09 күні № 2026-000042 болып тіркелді. Қарау мерзімі: 2026-07-16 дейін.',
        ru: 'Жалоба зарегистрирована 2026-07-09 за № 2026-000042. Срок рассмотрения: до 2026-07-16.',
      },
      sentAt: '2026-07-09T04:00:00.000Z',
    },
  ],
  requirements: [],
  court: null,
  withdrawnAt: null,
};

const exampleEntry: RegisterEntry = {
  complaintId: exampleIds.complaint,
  registerNumber: '2026-000042',
  registrationDate: '2026-07-09',
  stage: 1,
  competent: true,
  state: 'open',
  dueDate: '2026-07-16',
  overdue: false,
  ground: 'term_missed',
  form: 'electronic',
  serviceId: exampleIds.service,
  complaintStatus: 'in_review',
};

export const exampleRegister: Page<RegisterEntry> = { items: [exampleEntry], total: 1, page: 1, size: 20 };

export const exampleAlerts: Page<OfficerAlert> = {
  items: [
    {
      complaintId: exampleIds.complaint,
      registerNumber: '2026-000042',
      kind: 'extension_last_day',
      text: {
        kk: 'Бүгін мерзімді ұзарту туралы шағымданушыға хабарлаудың соңғы күні (мерзім 2026-07-16 аяқталады).',
        ru: 'Сегодня последний день, когда можно известить заявителя о продлении срока (срок истекает 2026-07-16).',
      },
      raisedAt: '2026-07-13T00:00:05.000Z',
    },
  ],
  total: 1,
  page: 1,
  size: 20,
};

/** The two ways a complaint is filed: by the recipient online, and from paper at the instance. */
export const exampleFilings = {
  electronic: {
    serviceId: exampleIds.service,
    trackingNumber: 'K7M2Q9X4RB-7',
    ground: 'term_missed',
    description: 'Анықтама мерзімінде берілмеді / Справка не выдана в срок',
  },
  paper: {
    serviceId: exampleIds.service,
    providerId: exampleIds.akimat,
    ground: 'documents_beyond_standard',
    description: 'Стандартта жоқ анықтаманы талап етті / Потребовали справку, которой нет в стандарте',
    complainantIdNumber: '900315401233',
    paperReference: 'Кіріс № 14-07/512 / Вх. № 14-07/512',
  },
} as const;
