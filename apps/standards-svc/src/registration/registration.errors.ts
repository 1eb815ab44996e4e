import { domainErrors } from '@kzps/platform';

export type RegistrationErrorCode = 'NOT_AGREED' | 'NOT_REGISTERED' | 'REGISTRATION_DATE_IN_FUTURE';

export const registrationError = domainErrors<RegistrationErrorCode>({
  NOT_AGREED: {
    status: 409,
    title: 'Registration only after every required body has agreed',
    localizedTitle: {
      kk: 'Тіркеу барлық органдар келіскеннен кейін ғана',
      ru: 'Регистрация только после согласования всеми органами',
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
});
