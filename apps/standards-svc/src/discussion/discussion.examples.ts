import type { Bilingual } from '@kzps/platform';
import { exampleCalendar, exampleIds, exampleTimes } from '../common/api-examples';
import { statutoryTermEnd } from '../clocks/terms.service';
import type { StandardItem } from '../standards/standard-content';
import { discussionWindow, type DiscussionWindow } from './discussion-window';
import { noticeEntryOf, toProposalResponse } from './discussion.mapper';
import { Proposal, type ProposalOutcome } from './proposal.entity';

/** The window of the story: from opening to the end of the Art. 9.5 term from inclusion, as counted here. */
export const storyWindow: DiscussionWindow = discussionWindow(
  new Date(exampleTimes.discussionOpenedAt),
  statutoryTermEnd.public_discussion(exampleCalendar, new Date(exampleTimes.includedAt)).dueAt,
  false,
);

interface ExampleProposal {
  id: string;
  /** The demo user who sends it: the recipient (an individual, by IIN) or the business (by BIN). */
  author: { kind: 'individual' | 'legal_entity'; identifier: string; subject: string };
  submittedAt: string;
  body: { text: string; item?: StandardItem; clause?: string };
  outcome: { outcome: ProposalOutcome; reason: Bilingual; summary: Bilingual };
}

/** The two proposals of the story, with the outcome the ministry records for each (Art. 9.4). */
export const exampleProposals = {
  citizen: {
    id: exampleIds.citizenProposal,
    // The gateway's demo recipient (apps/gateway/src/embedded-auth/demo-users.ts).
    author: {
      kind: 'individual',
      identifier: '900315401233',
      subject: '0acf45b1-4a34-4d45-a22f-6c6a4df5236e',
    },
    submittedAt: exampleTimes.citizenProposalAt,
    body: {
      text:
        'Прошу не требовать свидетельство о рождении ребенка, если рождение зарегистрировано в Казахстане: ' +
        'эти сведения уже есть в ИС «ЗАГС».',
      item: 'documents',
      clause: 'п. 7, пп. 2',
    },
    outcome: {
      outcome: 'accepted',
      reason: {
        kk: 'Куәлік бала Қазақстан Республикасынан тыс жерде туған жағдайда ғана талап етіледі; қалған жағдайларда мәліметтер АХАЖ АЖ-нен алынады.',
        ru: 'Свидетельство требуется, только если ребенок родился за пределами Республики Казахстан; в остальных случаях сведения получаются из ИС «ЗАГС».',
      },
      summary: {
        kk: 'Бала Қазақстанда туған болса, туу туралы куәлікті талап етпеу',
        ru: 'Не требовать свидетельство о рождении, если ребенок родился в Казахстане',
      },
    },
  },
  company: {
    id: exampleIds.companyProposal,
    // The demo business (ТОО «Дала Агро»), an employer, by its BIN.
    author: {
      kind: 'legal_entity',
      identifier: '190840004325',
      subject: '3bfa6cfa-c12e-4301-a4f9-ba559948bbe1',
    },
    submittedAt: exampleTimes.companyProposalAt,
    body: {
      text: 'Предлагаем сократить срок назначения пособия до 3 рабочих дней.',
      item: 'term',
    },
    outcome: {
      outcome: 'rejected',
      reason: {
        kk: 'Құқықты тексеруге және шешім қабылдауға кемінде бес жұмыс күні қажет; мерзім 8 жұмыс күні болып қалады.',
        ru: 'Проверка права и принятие решения требуют не менее пяти рабочих дней; срок остается 8 рабочих дней.',
      },
      summary: {
        kk: 'Қызмет көрсету мерзімін 3 жұмыс күніне дейін қысқарту',
        ru: 'Сократить срок оказания услуги до 3 рабочих дней',
      },
    },
  },
} satisfies Record<string, ExampleProposal>;

/** Where the revised draft is read from the notice's publication (Art. 9.4): the open legal acts portal. */
export const revisedDraftUrl = 'https://legalacts.egov.kz/npa/view?id=15248113';

export const noticeNote: Bilingual = {
  kk: 'Пысықталған жоба «Ашық нормативтік құқықтық актілер» интернет-порталында орналастырылды.',
  ru: 'Доработанный проект размещен на интернет-портале «Открытые нормативные правовые акты».',
};

/** The proposal as this service keeps it, its outcome recorded, for the mappers that answer with it. */
function recorded(proposal: ExampleProposal): Proposal {
  return Object.assign(new Proposal(), {
    id: proposal.id,
    standardId: exampleIds.standard,
    versionId: exampleIds.adoption,
    authorKind: proposal.author.kind,
    authorIdentifier: proposal.author.identifier,
    authorSubject: proposal.author.subject,
    item: proposal.body.item ?? null,
    clause: proposal.body.clause ?? null,
    text: proposal.body.text,
    submittedAt: new Date(proposal.submittedAt),
    outcome: proposal.outcome.outcome,
    outcomeReason: proposal.outcome.reason,
    summary: proposal.outcome.summary,
    decidedAt: new Date(exampleTimes.outcomesAt),
  });
}

/** The proposals as the answers show them (the IIN masked, Art. 24), rendered by the service's own mapper. */
export const proposalAnswers = {
  citizen: toProposalResponse(recorded(exampleProposals.citizen)),
  company: toProposalResponse(recorded(exampleProposals.company)),
};

/** The completion notice's entries (Art. 9.4), as the service writes them. */
export const noticeEntries = [exampleProposals.citizen, exampleProposals.company].flatMap(
  (proposal) => noticeEntryOf(recorded(proposal)) ?? [],
);
