import { domainErrors, type Bilingual, type DomainError } from '@kzps/platform';
import { unresolvedAuthorityText } from '../read-model/designated-authorities';
import type { UnresolvedApprover } from './approvers';

export enum AgreementErrorCode {
  NotOpen = 'AGREEMENT_NOT_OPEN',
  ApprovalNotFound = 'APPROVAL_NOT_FOUND',
  ApprovalAlreadyDecided = 'APPROVAL_ALREADY_DECIDED',
  ApprovalNotTheApprover = 'APPROVAL_NOT_THE_APPROVER',
  ApproverUnknown = 'APPROVER_UNKNOWN',
  ApproverAmbiguous = 'APPROVER_AMBIGUOUS',
  NotInRevision = 'AGREEMENT_NOT_IN_REVISION',
  RoundClosed = 'AGREEMENT_ROUND_CLOSED',
}

export const agreementError = domainErrors<AgreementErrorCode>({
  [AgreementErrorCode.NotOpen]: {
    status: 409,
    title: 'The draft is not in agreement',
    localizedTitle: { kk: 'Жоба келісуде емес', ru: 'Проект не находится на согласовании' },
  },
  [AgreementErrorCode.ApprovalNotFound]: {
    status: 404,
    title: 'No such approval',
    localizedTitle: { kk: 'Мұндай келісу жоқ', ru: 'Согласование не найдено' },
  },
  [AgreementErrorCode.ApprovalAlreadyDecided]: {
    status: 409,
    title: 'This body has already decided on this submission',
    localizedTitle: { kk: 'Бұл орган шешім қабылдап қойған', ru: 'Этот орган уже принял решение' },
  },
  [AgreementErrorCode.ApprovalNotTheApprover]: {
    status: 403,
    title: 'Only officers of the approving body may decide',
    localizedTitle: {
      kk: 'Шешімді тек келісуші органның лауазымды адамдары қабылдайды',
      ru: 'Решение принимают только должностные лица согласующего органа',
    },
  },
  [AgreementErrorCode.ApproverUnknown]: {
    status: 409,
    title: 'A body that must agree the standard is not known to this service yet',
    localizedTitle: {
      kk: 'Стандартты келісуге тиіс орган әлі белгісіз',
      ru: 'Орган, который должен согласовать стандарт, ещё не известен',
    },
  },
  [AgreementErrorCode.ApproverAmbiguous]: {
    status: 409,
    title: 'The registry gives the role of a body that must agree the standard to more than one organisation',
    localizedTitle: {
      kk: 'Стандартты келісуге тиіс органның рөлі тізілімде бірнеше ұйымға берілген',
      ru: 'Роль органа, который должен согласовать стандарт, в реестре имеют несколько организаций',
    },
  },
  [AgreementErrorCode.RoundClosed]: {
    status: 409,
    title: 'This approval belongs to an earlier round of agreement',
    localizedTitle: {
      kk: 'Бұл келісу келісудің алдыңғы кезеңіне жатады',
      ru: 'Это согласование относится к предыдущему кругу согласования',
    },
  },
  [AgreementErrorCode.NotInRevision]: {
    status: 409,
    title: 'Only a draft returned by an approver or refused registration can be resubmitted',
    localizedTitle: {
      kk: 'Тек қайтарылған немесе тіркеуден бас тартылған жобаны қайта жіберуге болады',
      ru: 'Повторно направить можно только возвращённый или не прошедший регистрацию проект',
    },
  },
});

const unknownLocalBodies: Bilingual = {
  kk: 'Қызметті көрсететін жергілікті атқарушы органдар белгісіз.',
  ru: 'Неизвестны местные исполнительные органы, оказывающие услугу.',
};

/**
 * The bodies that cannot be named, each in words (Kazakh and Russian): APPROVER_UNKNOWN when any is missing,
 * APPROVER_AMBIGUOUS when the only trouble is a role several organisations hold (the candidates listed).
 */
export function unresolvedApproversError(unresolved: readonly UnresolvedApprover[]): DomainError {
  const unknown = unresolved.filter((u) => !('resolution' in u) || u.resolution.status === 'none');
  const ambiguous = unresolved.flatMap((u) =>
    'resolution' in u && u.resolution.status === 'ambiguous'
      ? [{ kind: u.kind, holders: u.resolution.holders }]
      : [],
  );
  const texts = unresolved.map((u) =>
    'resolution' in u ? unresolvedAuthorityText(u.resolution) : unknownLocalBodies,
  );
  const detail = [
    ...(unknown.length > 0 ? [`Not known: ${unknown.map((u) => u.kind).join(', ')}`] : []),
    ...(ambiguous.length > 0
      ? [`Held by several organisations: ${ambiguous.map((a) => a.kind).join(', ')}`]
      : []),
  ].join('; ');
  return agreementError(
    unknown.length > 0 ? AgreementErrorCode.ApproverUnknown : AgreementErrorCode.ApproverAmbiguous,
    detail,
    {
      unknownApprovers: unknown.map((u) => u.kind),
      ambiguousApprovers: ambiguous,
      localizedDetail: {
        kk: texts.map((t) => t.kk).join(' '),
        ru: texts.map((t) => t.ru).join(' '),
      },
    },
  );
}

export const roundClosed = (round: number): DomainError =>
  agreementError(AgreementErrorCode.RoundClosed, `The draft is in round ${round}`);
