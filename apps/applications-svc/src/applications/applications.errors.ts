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
  NOT_THE_PROVIDER = 'NOT_THE_PROVIDER',
  NOT_THE_PSC = 'NOT_THE_PSC',
  NOT_THE_RECIPIENT = 'NOT_THE_RECIPIENT',
  REFUSAL_GROUND_NOT_IN_STANDARD = 'REFUSAL_GROUND_NOT_IN_STANDARD',
  RESULT_FORM_NOT_IN_STANDARD = 'RESULT_FORM_NOT_IN_STANDARD',
  RESULT_SIGNER_NOT_PROVIDER = 'RESULT_SIGNER_NOT_PROVIDER',
  FEE_NOT_PAID = 'FEE_NOT_PAID',
  FEE_NOT_DUE = 'FEE_NOT_DUE',
  FEE_AMOUNT_MISMATCH = 'FEE_AMOUNT_MISMATCH',
  FEE_ALREADY_PAID = 'FEE_ALREADY_PAID',
  PAYMENT_SIGNATURE_INVALID = 'PAYMENT_SIGNATURE_INVALID',
  PAYMENT_ID_REUSED = 'PAYMENT_ID_REUSED',
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
  [ApplicationsErrorCode.NOT_THE_PROVIDER]: {
    status: 403,
    title: "Only an officer of the application's provider may do this",
    localizedTitle: {
      kk: 'Мұны тек өтінішті орындайтын көрсетушінің қызметкері жасай алады',
      ru: 'Это может сделать только работник поставщика, исполняющего заявление',
    },
  },
  [ApplicationsErrorCode.NOT_THE_PSC]: {
    status: 403,
    title: 'Only an operator of the PSC that accepted the application may hand out its result',
    localizedTitle: {
      kk: 'Нәтижені тек өтінішті қабылдаған ХҚКО операторы бере алады',
      ru: 'Выдать результат может только работник ЦОН, принявшего заявление',
    },
  },
  [ApplicationsErrorCode.NOT_THE_RECIPIENT]: {
    status: 403,
    title: 'Only the recipient may withdraw the application',
    localizedTitle: {
      kk: 'Өтінішті тек алушының өзі кері қайтарып ала алады',
      ru: 'Отозвать заявление может только сам услугополучатель',
    },
  },
  [ApplicationsErrorCode.REFUSAL_GROUND_NOT_IN_STANDARD]: {
    status: 422,
    title: "A refusal must cite one of the grounds of the application's standard (Art. 5.3.2, 8.8)",
    localizedTitle: {
      kk: 'Бас тарту өтініш стандартындағы негіздердің біріне сілтеуі тиіс (5-баптың 3-тармағы, 8-бап)',
      ru: 'Отказ возможен только по основаниям, указанным в стандарте заявления (ст. 5, 8 Закона)',
    },
  },
  [ApplicationsErrorCode.RESULT_FORM_NOT_IN_STANDARD]: {
    status: 422,
    title: 'The standard does not provide this form of result',
    localizedTitle: {
      kk: 'Стандарт нәтиженің мұндай нысанын көздемейді',
      ru: 'Стандарт не предусматривает такую форму результата',
    },
  },
  [ApplicationsErrorCode.RESULT_SIGNER_NOT_PROVIDER]: {
    status: 422,
    title:
      "The result is signed by someone else: the certificate is not the provider organisation's (its BIN)",
    localizedTitle: {
      kk: 'Нәтижеге басқа тұлға қол қойған: сертификат көрсетілетін қызметті берушінің (оның БСН) емес',
      ru: 'Результат подписан другим лицом: сертификат не принадлежит услугодателю (его БИН)',
    },
  },
  [ApplicationsErrorCode.FEE_NOT_PAID]: {
    status: 409,
    title: 'The result of a paid service is issued only after the fee is paid (Art. 18)',
    localizedTitle: {
      kk: 'Ақылы қызметтің нәтижесі төлем жасалғаннан кейін ғана беріледі (18-бап)',
      ru: 'Результат платной услуги выдаётся только после оплаты (ст. 18)',
    },
  },
  [ApplicationsErrorCode.FEE_NOT_DUE]: {
    status: 422,
    title: 'The standard sets no fee for this service: nothing may be charged (Art. 18.2)',
    localizedTitle: {
      kk: 'Стандарт бұл қызметке ақы белгілемеген: төлем алуға болмайды (18-баптың 2-тармағы)',
      ru: 'Стандарт не устанавливает платы за услугу: взимать плату нельзя (п. 2 ст. 18)',
    },
  },
  [ApplicationsErrorCode.FEE_AMOUNT_MISMATCH]: {
    status: 422,
    title: 'The amount paid is not the fee the standard sets',
    localizedTitle: {
      kk: 'Төленген сома стандартта белгіленген ақыға сәйкес емес',
      ru: 'Сумма платежа не равна плате, установленной стандартом',
    },
  },
  [ApplicationsErrorCode.FEE_ALREADY_PAID]: {
    status: 409,
    title: 'The fee for this application has already been paid by another payment',
    localizedTitle: {
      kk: 'Бұл өтініш бойынша ақы басқа төлеммен төленіп қойған',
      ru: 'Плата по заявлению уже внесена другим платежом',
    },
  },
  [ApplicationsErrorCode.PAYMENT_SIGNATURE_INVALID]: {
    status: 401,
    title: "The payment notice is not signed with the gateway's secret, or is too old to be fresh",
    localizedTitle: {
      kk: 'Төлем туралы хабарламаға шлюз қол қоймаған немесе ол ескірген',
      ru: 'Уведомление о платеже не подписано шлюзом или устарело',
    },
  },
  [ApplicationsErrorCode.PAYMENT_ID_REUSED]: {
    status: 409,
    title: 'The payment id was already recorded with other details',
    localizedTitle: {
      kk: 'Бұл төлем нөмірі басқа деректермен тіркелген',
      ru: 'Платёж с этим номером уже учтён с другими данными',
    },
  },
});
