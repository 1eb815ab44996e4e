import { domainErrors, type DomainError } from '@kzps/platform';

export enum PublicationErrorCode {
  NotAwaited = 'PUBLICATION_NOT_AWAITED',
  DateInFuture = 'PUBLICATION_DATE_IN_FUTURE',
  BeforeRegistration = 'PUBLICATION_BEFORE_REGISTRATION',
  SourceMissing = 'PUBLICATION_SOURCE_MISSING',
  SourceTwice = 'PUBLICATION_SOURCE_TWICE',
}

export const publicationError = domainErrors<PublicationErrorCode>({
  [PublicationErrorCode.NotAwaited]: {
    status: 409,
    title: 'Only a registered version not yet in force awaits its official publication',
    localizedTitle: {
      kk: 'Ресми жариялауды тіркелген, әлі күшіне енбеген нұсқа ғана күтеді',
      ru: 'Официального опубликования ожидает только зарегистрированная, ещё не вступившая в силу версия',
    },
  },
  [PublicationErrorCode.DateInFuture]: {
    status: 400,
    title: 'The first official publication cannot be dated after today',
    localizedTitle: {
      kk: 'Алғашқы ресми жариялау күні бүгіннен кейін болмайды',
      ru: 'Первое официальное опубликование не может быть датировано позже сегодняшнего дня',
    },
  },
  [PublicationErrorCode.BeforeRegistration]: {
    status: 422,
    title: 'The act is published officially only after its state registration',
    localizedTitle: {
      kk: 'Акт мемлекеттік тіркеуден кейін ғана ресми жарияланады',
      ru: 'Акт официально опубликовывается только после его государственной регистрации',
    },
  },
  [PublicationErrorCode.SourceMissing]: {
    status: 400,
    title: 'Name where the act was published: a known official source or the periodical’s name',
    localizedTitle: {
      kk: 'Акт қайда жарияланғанын көрсетіңіз: белгілі ресми дереккөз немесе мерзімді басылымның атауы',
      ru: 'Укажите, где опубликован акт: известный официальный источник или название периодического издания',
    },
  },
  [PublicationErrorCode.SourceTwice]: {
    status: 400,
    title: 'Name the source once: a known official source or the periodical’s name, not both',
    localizedTitle: {
      kk: 'Дереккөзді бір рет көрсетіңіз: белгілі ресми дереккөз немесе мерзімді басылымның атауы, екеуі емес',
      ru: 'Укажите источник один раз: известный официальный источник или название издания, но не оба',
    },
  },
});

export const publicationInFuture = (date: string, today: string): DomainError =>
  publicationError(PublicationErrorCode.DateInFuture, `${date} is after today, ${today}`, {
    field: 'firstPublishedOn',
    today,
  });

export const publicationBeforeRegistration = (date: string, registrationDate: string): DomainError =>
  publicationError(
    PublicationErrorCode.BeforeRegistration,
    `${date} is before the state registration, on ${registrationDate}`,
    { registrationDate },
  );
