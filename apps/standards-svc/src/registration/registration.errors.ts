import { domainErrors, type DomainError } from '@kzps/platform';

export enum RegistrationErrorCode {
  NotAgreed = 'REGISTRATION_NOT_AGREED',
  NotPending = 'REGISTRATION_NOT_PENDING',
  NotFound = 'REGISTRATION_NOT_FOUND',
  DateInFuture = 'REGISTRATION_DATE_IN_FUTURE',
  BeforeAgreement = 'REGISTRATION_BEFORE_AGREEMENT',
  BeforePreviousVersion = 'REGISTRATION_BEFORE_PREVIOUS_VERSION',
  BeforeApprovingAct = 'REGISTRATION_BEFORE_APPROVING_ACT',
  NumberTaken = 'REGISTRATION_NUMBER_TAKEN',
}

export const registrationError = domainErrors<RegistrationErrorCode>({
  [RegistrationErrorCode.NotAgreed]: {
    status: 409,
    title: 'Registration only after every required body has agreed',
    localizedTitle: {
      kk: 'Тіркеу барлық органдар келіскеннен кейін ғана',
      ru: 'Регистрация только после согласования всеми органами',
    },
  },
  [RegistrationErrorCode.NotPending]: {
    status: 409,
    title: 'No agreed version is awaiting registration',
    localizedTitle: {
      kk: 'Тіркеуді күтіп тұрған келісілген нұсқа жоқ',
      ru: 'Нет согласованной версии, ожидающей регистрации',
    },
  },
  [RegistrationErrorCode.NotFound]: {
    status: 404,
    title: 'The standard has not been registered',
    localizedTitle: { kk: 'Стандарт тіркелмеген', ru: 'Стандарт не зарегистрирован' },
  },
  [RegistrationErrorCode.DateInFuture]: {
    status: 422,
    title: 'The registration date cannot be in the future',
    localizedTitle: { kk: 'Тіркеу күні болашақта болмайды', ru: 'Дата регистрации не может быть в будущем' },
  },
  [RegistrationErrorCode.BeforeAgreement]: {
    status: 422,
    title: 'The registration date is before the last body agreed the version',
    localizedTitle: {
      kk: 'Тіркеу күні соңғы органның келісу күнінен ерте',
      ru: 'Дата регистрации раньше даты последнего согласования',
    },
  },
  [RegistrationErrorCode.BeforePreviousVersion]: {
    status: 422,
    title: 'The registration date is before the version it replaces came into force',
    localizedTitle: {
      kk: 'Тіркеу күні ауыстырылатын нұсқаның күшіне енген күнінен ерте',
      ru: 'Дата регистрации раньше вступления в силу заменяемой версии',
    },
  },
  [RegistrationErrorCode.BeforeApprovingAct]: {
    status: 422,
    title: 'The registration date is before the date of the act it registers',
    localizedTitle: {
      kk: 'Тіркеу күні тіркелетін актінің күнінен ерте',
      ru: 'Дата регистрации раньше даты регистрируемого акта',
    },
  },
  [RegistrationErrorCode.NumberTaken]: {
    status: 409,
    title: 'Another act already has this number in the State register of normative legal acts',
    localizedTitle: {
      kk: 'Бұл нөмір нормативтік құқықтық актілердің мемлекеттік тізілімінде басқа актіге берілген',
      ru: 'Этот номер в Государственном реестре нормативных правовых актов уже присвоен другому акту',
    },
  },
});

export const registrationInFuture = (date: string, today: string): DomainError =>
  registrationError(RegistrationErrorCode.DateInFuture, `${date} is after today, ${today}`, { today });

export const registrationBeforeAgreement = (date: string, agreedOn: string): DomainError =>
  registrationError(
    RegistrationErrorCode.BeforeAgreement,
    `${date} is before the last agreement, on ${agreedOn}`,
    {
      agreedOn,
    },
  );

export const registrationBeforePreviousVersion = (
  date: string,
  previousNumber: number,
  previousInForceFrom: string,
): DomainError =>
  registrationError(
    RegistrationErrorCode.BeforePreviousVersion,
    `${date} is before version ${previousNumber} came into force, on ${previousInForceFrom}`,
    { previousInForceFrom },
  );

export const registrationBeforeApprovingAct = (date: string, actDate: string): DomainError =>
  registrationError(
    RegistrationErrorCode.BeforeApprovingAct,
    `${date} is before the approving act, of ${actDate}`,
    { actDate },
  );

/** The State register gives a number to one act only. */
export const registrationNumberTaken = (number: string): DomainError =>
  registrationError(RegistrationErrorCode.NumberTaken, `No. ${number} is taken`);
