import { domainErrors } from '@kzps/platform';

/** Every problem this service answers with, subject first (issue 12's convention). */
export enum ApplicationsErrorCode {
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  APPLICATION_STATUS_CONFLICT = 'APPLICATION_STATUS_CONFLICT',
  SERVICE_UNKNOWN = 'SERVICE_UNKNOWN',
  SERVICE_EXCLUDED = 'SERVICE_EXCLUDED',
  STANDARD_NOT_IN_FORCE = 'STANDARD_NOT_IN_FORCE',
  CHANNEL_NOT_ALLOWED = 'CHANNEL_NOT_ALLOWED',
  CHANNEL_NOT_FOR_CALLER = 'CHANNEL_NOT_FOR_CALLER',
  PROVIDER_NOT_OF_SERVICE = 'PROVIDER_NOT_OF_SERVICE',
  PROVIDER_REQUIRED = 'PROVIDER_REQUIRED',
  PSC_UNKNOWN = 'PSC_UNKNOWN',
  RECIPIENT_IDENTIFIER_REQUIRED = 'RECIPIENT_IDENTIFIER_REQUIRED',
  IDENTIFICATION_METHOD_REQUIRED = 'IDENTIFICATION_METHOD_REQUIRED',
  CONSENT_ONLY_AT_PSC = 'CONSENT_ONLY_AT_PSC',
  DOCUMENT_NOT_IN_STANDARD = 'DOCUMENT_NOT_IN_STANDARD',
  DOCUMENTS_INCOMPLETE = 'DOCUMENTS_INCOMPLETE',
  TRACKING_NUMBER_MALFORMED = 'TRACKING_NUMBER_MALFORMED',
  INTAKE_REFUSAL_NOT_FOUND = 'INTAKE_REFUSAL_NOT_FOUND',
  SIGNATURE_REQUIRED = 'SIGNATURE_REQUIRED',
  SIGNER_NOT_APPLICANT = 'SIGNER_NOT_APPLICANT',
  RECIPIENT_FROM_TOKEN = 'RECIPIENT_FROM_TOKEN',
}

export const applicationsError = domainErrors<ApplicationsErrorCode>({
  [ApplicationsErrorCode.APPLICATION_NOT_FOUND]: {
    status: 404,
    title: 'No such application, or not one you may see',
    localizedTitle: {
      kk: 'Мұндай өтініш жоқ немесе оны көруге құқығыңыз жоқ',
      ru: 'Заявление не найдено или недоступно вам',
    },
  },
  [ApplicationsErrorCode.APPLICATION_STATUS_CONFLICT]: {
    status: 409,
    title: 'The application is not in a status that allows this',
    localizedTitle: {
      kk: 'Өтініштің қазіргі мәртебесі бұл әрекетке жол бермейді',
      ru: 'Текущий статус заявления не допускает этого действия',
    },
  },
  [ApplicationsErrorCode.SERVICE_UNKNOWN]: {
    status: 422,
    title: 'The registry has no such service',
    localizedTitle: { kk: 'Тізілімде мұндай қызмет жоқ', ru: 'В реестре нет такой услуги' },
  },
  [ApplicationsErrorCode.SERVICE_EXCLUDED]: {
    status: 409,
    title: 'The service has been excluded from the registry',
    localizedTitle: { kk: 'Қызмет тізілімнен шығарылды', ru: 'Услуга исключена из реестра' },
  },
  [ApplicationsErrorCode.STANDARD_NOT_IN_FORCE]: {
    status: 409,
    title: 'The service has no standard in force: applications cannot be accepted',
    localizedTitle: {
      kk: 'Қызметтің қолданыстағы стандарты жоқ: өтініштер қабылданбайды',
      ru: 'У услуги нет действующего стандарта: заявления не принимаются',
    },
  },
  [ApplicationsErrorCode.CHANNEL_NOT_ALLOWED]: {
    status: 422,
    title: 'The standard does not provide this channel for the service',
    localizedTitle: {
      kk: 'Стандарт қызметті бұл арна арқылы көрсетуді көздемейді',
      ru: 'Стандарт не предусматривает оказание услуги по этому каналу',
    },
  },
  [ApplicationsErrorCode.CHANNEL_NOT_FOR_CALLER]: {
    status: 403,
    title: 'Your role does not accept applications through this channel',
    localizedTitle: {
      kk: 'Сіздің рөліңіз бұл арна бойынша өтініш қабылдамайды',
      ru: 'Ваша роль не принимает заявления по этому каналу',
    },
  },
  [ApplicationsErrorCode.PROVIDER_NOT_OF_SERVICE]: {
    status: 422,
    title: 'The organisation is not a provider of this service under its standard',
    localizedTitle: {
      kk: 'Ұйым стандарт бойынша осы қызметті көрсетуші емес',
      ru: 'Организация не является поставщиком этой услуги по стандарту',
    },
  },
  [ApplicationsErrorCode.PROVIDER_REQUIRED]: {
    status: 422,
    title: 'The service has several providers: name the one the application is for',
    localizedTitle: {
      kk: 'Қызметті бірнеше ұйым көрсетеді: өтініш қайсысына екенін көрсетіңіз',
      ru: 'У услуги несколько поставщиков: укажите, кому адресовано заявление',
    },
  },
  [ApplicationsErrorCode.PSC_UNKNOWN]: {
    status: 403,
    title: 'Your organisation is not a service centre of this kind in the registry',
    localizedTitle: {
      kk: 'Сіздің ұйымыңыз тізілімде осындай халыққа қызмет көрсету орталығы ретінде жоқ',
      ru: 'Ваша организация не значится в реестре центром обслуживания населения такого вида',
    },
  },
  [ApplicationsErrorCode.RECIPIENT_IDENTIFIER_REQUIRED]: {
    status: 400,
    title: "Give the recipient's IIN (individual) or BIN (legal entity), exactly one",
    localizedTitle: {
      kk: 'Көрсетілетін қызметті алушының ЖСН (жеке тұлға) немесе БСН (заңды тұлға) біреуін ғана көрсетіңіз',
      ru: 'Укажите ровно один идентификатор услугополучателя: ИИН (физлицо) или БИН (юрлицо)',
    },
  },
  [ApplicationsErrorCode.IDENTIFICATION_METHOD_REQUIRED]: {
    status: 422,
    title: 'Record how the recipient was identified (Art. 14.3)',
    localizedTitle: {
      kk: 'Алушының жеке басы қалай сәйкестендірілгенін көрсетіңіз (14-баптың 3-тармағы)',
      ru: 'Укажите, как установлена личность услугополучателя (п. 3 ст. 14)',
    },
  },
  [ApplicationsErrorCode.CONSENT_ONLY_AT_PSC]: {
    status: 422,
    title: "Consent to the operator's service signature is given only at a PSC (Art. 14.4)",
    localizedTitle: {
      kk: 'Оператордың қызметтік қолтаңбасына келісім тек ХҚКО-да беріледі (14-баптың 4-тармағы)',
      ru: 'Согласие на подпись работника ЦОН даётся только в ЦОН (п. 4 ст. 14)',
    },
  },
  [ApplicationsErrorCode.DOCUMENT_NOT_IN_STANDARD]: {
    status: 422,
    title: "A document given is not one of the standard's documents",
    localizedTitle: {
      kk: 'Көрсетілген құжат стандарттағы құжаттардың қатарында жоқ',
      ru: 'Указанный документ не входит в перечень документов стандарта',
    },
  },
  [ApplicationsErrorCode.DOCUMENTS_INCOMPLETE]: {
    status: 422,
    title: "The documents presented are not the standard's full list: the application is refused (Art. 14.2)",
    localizedTitle: {
      kk: 'Стандартта көзделген құжаттар толық ұсынылмады: өтінішті қабылдаудан бас тартылды (14-баптың 2-тармағы)',
      ru: 'Представлен неполный пакет документов по стандарту: в приёме заявления отказано (п. 2 ст. 14)',
    },
  },
  [ApplicationsErrorCode.TRACKING_NUMBER_MALFORMED]: {
    status: 400,
    title: 'This is not a tracking number: a character is mistyped',
    localizedTitle: {
      kk: 'Бұл бақылау нөмірі емес: таңба қате терілген',
      ru: 'Это не номер заявления: допущена опечатка',
    },
  },
  [ApplicationsErrorCode.INTAKE_REFUSAL_NOT_FOUND]: {
    status: 404,
    title: 'No such intake refusal, or not one you may see',
    localizedTitle: {
      kk: 'Мұндай қабылдаудан бас тарту жоқ немесе оны көруге құқығыңыз жоқ',
      ru: 'Отказ в приёме не найден или недоступен вам',
    },
  },
  [ApplicationsErrorCode.SIGNATURE_REQUIRED]: {
    status: 422,
    title: "An electronic request needs the recipient's electronic digital signature (Art. 15.2)",
    localizedTitle: {
      kk: 'Электрондық сұрау салуға алушының электрондық цифрлық қолтаңбасы қажет (15-баптың 2-тармағы)',
      ru: 'Электронный запрос должен быть подписан ЭЦП услугополучателя (п. 2 ст. 15)',
    },
  },
  [ApplicationsErrorCode.SIGNER_NOT_APPLICANT]: {
    status: 422,
    title: "The request is signed by someone else: the signer's IIN or BIN is not the applicant's",
    localizedTitle: {
      kk: 'Сұрау салуға басқа адам қол қойған: қол қоюшының ЖСН/БСН өтініш берушінікі емес',
      ru: 'Запрос подписан другим лицом: ИИН/БИН подписанта не совпадает с заявителем',
    },
  },
  [ApplicationsErrorCode.RECIPIENT_FROM_TOKEN]: {
    status: 400,
    title: 'An electronic application is made by the signed-in recipient: leave out recipient',
    localizedTitle: {
      kk: 'Электрондық өтінішті жүйеге кірген алушы береді: recipient өрісін көрсетпеңіз',
      ru: 'Электронное заявление подаёт вошедший услугополучатель: поле recipient не указывается',
    },
  },
});
