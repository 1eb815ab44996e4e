import { domainErrors, type DomainError } from '@kzps/platform';

export enum ApprovingActErrorCode {
  NotAwaited = 'APPROVING_ACT_NOT_AWAITED',
  DateInFuture = 'APPROVING_ACT_DATE_IN_FUTURE',
  BeforeAgreement = 'APPROVING_ACT_BEFORE_AGREEMENT',
  Missing = 'APPROVING_ACT_MISSING',
  InForceBeforeAct = 'APPROVING_ACT_IN_FORCE_BEFORE_ACT',
}

export const approvingActError = domainErrors<ApprovingActErrorCode>({
  [ApprovingActErrorCode.NotAwaited]: {
    status: 409,
    title: 'Only a version every body has agreed, not yet registered, awaits its approving act',
    localizedTitle: {
      kk: 'Бекіту актісін барлық органдар келіскен, әлі тіркелмеген нұсқа ғана күтеді',
      ru: 'Акт об утверждении ожидает только версия, согласованная всеми органами и ещё не зарегистрированная',
    },
  },
  [ApprovingActErrorCode.DateInFuture]: {
    status: 400,
    title: 'The approving act cannot be dated after today',
    localizedTitle: {
      kk: 'Бекіту актісінің күні бүгіннен кейін болмайды',
      ru: 'Акт об утверждении не может быть датирован позже сегодняшнего дня',
    },
  },
  [ApprovingActErrorCode.BeforeAgreement]: {
    status: 422,
    title: 'The approving act is dated before the last body agreed the version',
    localizedTitle: {
      kk: 'Бекіту актісінің күні соңғы органның келісу күнінен ерте',
      ru: 'Акт об утверждении датирован раньше последнего согласования',
    },
  },
  [ApprovingActErrorCode.Missing]: {
    status: 409,
    title: 'The central body has not recorded the act approving this version',
    localizedTitle: {
      kk: 'Орталық орган осы нұсқаны бекіту актісін енгізбеген',
      ru: 'Центральный орган не внёс акт об утверждении этой версии',
    },
  },
  [ApprovingActErrorCode.InForceBeforeAct]: {
    status: 422,
    title: 'An act cannot enter into force before its own date',
    localizedTitle: {
      kk: 'Акт өз күнінен бұрын күшіне ене алмайды',
      ru: 'Акт не может вводиться в действие ранее своей даты',
    },
  },
});

export const approvingActInForceBeforeAct = (inForceOn: string, actDate: string): DomainError =>
  approvingActError(ApprovingActErrorCode.InForceBeforeAct, `${inForceOn} is before the act, of ${actDate}`, {
    field: 'inForceOn',
    actDate,
  });

export const approvingActInFuture = (date: string, today: string): DomainError =>
  approvingActError(ApprovingActErrorCode.DateInFuture, `${date} is after today, ${today}`, {
    field: 'date',
    today,
  });

export const approvingActBeforeAgreement = (date: string, agreedOn: string): DomainError =>
  approvingActError(
    ApprovingActErrorCode.BeforeAgreement,
    `${date} is before the last agreement, on ${agreedOn}`,
    { agreedOn },
  );
