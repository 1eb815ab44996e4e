import type { Identity, Role } from '@kzps/auth';
import { DEMO_ORGANIZATIONS, DEMO_RECIPIENTS } from '@kzps/auth/testing';
import type { ComplaintGround } from '@kzps/contracts';

/**
 * The embedded run's demo complaints: the demo citizen's (`recipient`, DEMO_RECIPIENTS) about two services of the
 * demo registry of the Ministry of Labour, each left at another point of its Art. 19 chain, so the demo
 * officers (`provider` of the Almaty akimat, `owner` of the Ministry of Labour, `quality` of the Agency for Civil
 * Service Affairs) each find some in their register. Texts a person reads are Kazakh and Russian.
 */

/**
 * Who files and reviews them. The seed holds no token: these identities live for its one transaction, so they
 * expire when it starts.
 */
export function demoActors(now: Date) {
  const officer = (role: Role, organizationId: string): Identity => ({
    subject: `demo-seed-${role}`,
    roles: [role],
    organizationId,
    expiresAt: now,
  });
  const citizen: Identity = {
    subject: 'demo-seed-recipient',
    roles: ['recipient'],
    iin: DEMO_RECIPIENTS.citizenIin,
    expiresAt: now,
  };
  return {
    citizen,
    akimat: officer('provider-officer', DEMO_ORGANIZATIONS.almatyAkimat),
    ministry: officer('owner-officer', DEMO_ORGANIZATIONS.ministryOfLabour),
    quality: officer('quality-authority', DEMO_ORGANIZATIONS.civilServiceAgency),
  };
}

/** Where a demo complaint is left on its chain. */
export type DemoStage =
  | 'registered'
  | 'extended'
  | 'satisfied_with_measures'
  | 'escalated_to_owner'
  | 'requirement_issued'
  | 'in_court'
  | 'withdrawn'
  | 'paper_redirected';

export interface DemoComplaint {
  stage: DemoStage;
  /** `akimat`: a service the Almaty akimat delivers (three instances); `ministry`: one the ministry delivers itself. */
  service: 'akimat' | 'ministry';
  ground: ComplaintGround;
  description: string;
}

export const demoComplaints: readonly DemoComplaint[] = [
  {
    stage: 'registered',
    service: 'akimat',
    ground: 'term_missed',
    description:
      'Әлеуметтік көмек тағайындау туралы шешім мерзімінде берілмеді / Решение о назначении социальной помощи не выдано в срок',
  },
  {
    stage: 'extended',
    service: 'akimat',
    ground: 'documents_beyond_standard',
    description:
      'Стандартта жоқ тұрғын үй анықтамасын талап етті / Потребовали справку о жилье, которой нет в стандарте',
  },
  {
    stage: 'satisfied_with_measures',
    service: 'akimat',
    ground: 'queue_wait_exceeded',
    description: 'Кезекте 50 минут күттім / Ожидала в очереди 50 минут',
  },
  {
    stage: 'escalated_to_owner',
    service: 'akimat',
    ground: 'refusal',
    description:
      'Барлық құжаттар тапсырылса да, бас тартылды / Отказали, хотя все документы были представлены',
  },
  {
    stage: 'requirement_issued',
    service: 'akimat',
    ground: 'staff_conduct',
    description: 'Қызметкер дөрекі сөйледі / Сотрудник разговаривал грубо',
  },
  {
    stage: 'in_court',
    service: 'ministry',
    ground: 'fee_demanded',
    description: 'Тегін қызмет үшін ақы талап етілді / За бесплатную услугу потребовали оплату',
  },
  {
    stage: 'withdrawn',
    service: 'ministry',
    ground: 'other',
    description: 'Өтініш бойынша кеңес берілмеді / Не проконсультировали по заявлению',
  },
  {
    stage: 'paper_redirected',
    service: 'akimat',
    ground: 'term_missed',
    description:
      'Қағаз шағым: жәрдемақы мерзімінде тағайындалмады / Бумажная жалоба: пособие не назначено в срок',
  },
];

export const demoTexts = {
  extension: {
    kk: 'Басқа көрсетушілерден тұрғын үй туралы мәліметтер сұратылды',
    ru: 'Запрошены сведения о жилье у других услугодателей',
  },
  satisfied: {
    kk: 'Кезекте күту уақыты стандарттағы ең ұзақ уақыттан асқаны расталды',
    ru: 'Подтверждено, что ожидание в очереди превысило максимальное время по стандарту',
  },
  measure: {
    kk: 'Қабылдауды алдын ала жазылу бойынша ұйымдастыру',
    ru: 'Организовать приём по предварительной записи',
  },
  refusedByAkimat: {
    kk: 'Бас тарту стандарттың 9-тармағына сәйкес негізделген',
    ru: 'Отказ обоснован в соответствии с пунктом 9 стандарта',
  },
  refusedByMinistry: {
    kk: 'Қызметкердің әрекетінен стандартты бұзу анықталмады',
    ru: 'Нарушения стандарта в действиях сотрудника не установлено',
  },
  satisfiedByQuality: {
    kk: 'Шағымданушыға қатысты әдеп нормаларының бұзылғаны расталды',
    ru: 'Подтверждено нарушение норм этики в отношении заявителя',
  },
  causes: {
    kk: 'Қызметкерлер клиенттермен жұмыс бойынша оқытылмаған',
    ru: 'Сотрудники не обучены работе с получателями услуг',
  },
  requirement: {
    kk: 'Шағымданушыдан кешірім сұрау және қызметкерлерді оқыту',
    ru: 'Принести заявителю извинения и провести обучение сотрудников',
  },
  court: {
    kk: 'Астана қаласының мамандандырылған ауданаралық әкімшілік соты',
    ru: 'Специализированный межрайонный административный суд города Астаны',
  },
  paperReference: 'Кіріс № 07-12/341 / Вх. № 07-12/341',
};
