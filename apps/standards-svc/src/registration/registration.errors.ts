import { domainErrors, type DomainError } from '@kzps/platform';

export type RegistrationErrorCode =
  | 'NOT_AGREED'
  | 'NOT_AWAITING_REGISTRATION'
  | 'NOT_REGISTERED'
  | 'REGISTRATION_DATE_IN_FUTURE'
  | 'REGISTRATION_BEFORE_AGREEMENT'
  | 'REGISTRATION_BEFORE_PREVIOUS_VERSION'
  | 'REGISTRATION_NUMBER_TAKEN';

export const registrationError = domainErrors<RegistrationErrorCode>({
  NOT_AGREED: {
    status: 409,
    title: 'Registration only after every required body has agreed',
    localizedTitle: {
      kk: 'Тіркеу барлық органдар келіскеннен кейін ғана',
      ru: 'Регистрация только после согласования всеми органами',
    },
  },
  NOT_AWAITING_REGISTRATION: {
    status: 409,
    title: 'No agreed version is awaiting registration',
    localizedTitle: {
      kk: 'Тіркеуді күтіп тұрған келісілген нұсқа жоқ',
      ru: 'Нет согласованной версии, ожидающей регистрации',
    },
  },
  NOT_REGISTERED: {
    status: 404,
    title: 'The standard has not been registered',
    localizedTitle: { kk: 'Стандарт тіркелмеген', ru: 'Стандарт не зарегистрирован' },
  },
  REGISTRATION_DATE_IN_FUTURE: {
    status: 422,
    title: 'The registration date cannot be in the future',
    localizedTitle: { kk: 'Тіркеу күні болашақта болмайды', ru: 'Дата регистрации не может быть в будущем' },
  },
  REGISTRATION_BEFORE_AGREEMENT: {
    status: 422,
    title: 'The registration date is before the last body agreed the version',
    localizedTitle: {
      kk: 'Тіркеу күні соңғы органның келісу күнінен ерте',
      ru: 'Дата регистрации раньше даты последнего согласования',
    },
  },
  REGISTRATION_BEFORE_PREVIOUS_VERSION: {
    status: 422,
    title: 'The registration date is before the version it replaces came into force',
    localizedTitle: {
      kk: 'Тіркеу күні ауыстырылатын нұсқаның күшіне енген күнінен ерте',
      ru: 'Дата регистрации раньше вступления в силу заменяемой версии',
    },
  },
  REGISTRATION_NUMBER_TAKEN: {
    status: 409,
    title: 'Another act already has this number in the State register of normative legal acts',
    localizedTitle: {
      kk: 'Бұл нөмір нормативтік құқықтық актілердің мемлекеттік тізілімінде басқа актіге берілген',
      ru: 'Этот номер в Государственном реестре нормативных правовых актов уже присвоен другому акту',
    },
  },
});

export const registrationInFuture = (date: string, today: string): DomainError =>
  registrationError('REGISTRATION_DATE_IN_FUTURE', `${date} is after today, ${today}`, { today });

export const registrationBeforeAgreement = (date: string, agreedOn: string): DomainError =>
  registrationError('REGISTRATION_BEFORE_AGREEMENT', `${date} is before the last agreement, on ${agreedOn}`, {
    agreedOn,
  });

export const registrationBeforePreviousVersion = (
  date: string,
  previousNumber: number,
  previousInForceFrom: string,
): DomainError =>
  registrationError(
    'REGISTRATION_BEFORE_PREVIOUS_VERSION',
    `${date} is before version ${previousNumber} came into force, on ${previousInForceFrom}`,
    { previousInForceFrom },
  );

/** The State register gives a number to one act only. */
export const registrationNumberTaken = (number: string): DomainError =>
  registrationError('REGISTRATION_NUMBER_TAKEN', `No. ${number} is taken`);
