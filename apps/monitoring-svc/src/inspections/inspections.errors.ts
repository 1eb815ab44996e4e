import { domainErrors } from '@kzps/platform';

/** Every problem external control answers with, subject first (docs/architecture.md D24). */
export enum InspectionsErrorCode {
  INSPECTION_NOT_FOUND = 'INSPECTION_NOT_FOUND',
  INSPECTION_GROUND_REQUIRED = 'INSPECTION_GROUND_REQUIRED',
  INSPECTION_GROUND_UNEXPECTED = 'INSPECTION_GROUND_UNEXPECTED',
  INSPECTION_DATES_INVERTED = 'INSPECTION_DATES_INVERTED',
  INSPECTION_SUBJECT_UNKNOWN = 'INSPECTION_SUBJECT_UNKNOWN',
  INSPECTION_NOT_STARTED = 'INSPECTION_NOT_STARTED',
  INSPECTION_COMPLETED = 'INSPECTION_COMPLETED',
  INSPECTION_FINDING_UNKNOWN = 'INSPECTION_FINDING_UNKNOWN',
  ORDER_NOT_FOUND = 'ORDER_NOT_FOUND',
  ORDER_DUE_DATE_PASSED = 'ORDER_DUE_DATE_PASSED',
  ORDER_NOT_YOURS = 'ORDER_NOT_YOURS',
  ORDER_ALREADY_FULFILLED = 'ORDER_ALREADY_FULFILLED',
  ORDER_NOT_REPORTED = 'ORDER_NOT_REPORTED',
}

export const inspectionsError = domainErrors<InspectionsErrorCode>({
  [InspectionsErrorCode.INSPECTION_NOT_FOUND]: {
    status: 404,
    title: 'No such inspection',
    localizedTitle: { kk: 'Мұндай тексеру жоқ', ru: 'Такой проверки нет' },
  },
  [InspectionsErrorCode.INSPECTION_GROUND_REQUIRED]: {
    status: 422,
    title: 'An unplanned inspection needs its ground (Art. 22.3.1)',
    localizedTitle: {
      kk: 'Жоспардан тыс тексеруге негіз қажет (22-баптың 3-тармағының 1) тармақшасы)',
      ru: 'Для внеплановой проверки нужно основание (подпункт 1) пункта 3 статьи 22)',
    },
  },
  [InspectionsErrorCode.INSPECTION_GROUND_UNEXPECTED]: {
    status: 422,
    title: 'A planned inspection is held under the yearly plan, not on a ground',
    localizedTitle: {
      kk: 'Жоспарлы тексеру негіз бойынша емес, жылдық жоспар бойынша жүргізіледі',
      ru: 'Плановая проверка проводится по годовому плану, а не по основанию',
    },
  },
  [InspectionsErrorCode.INSPECTION_DATES_INVERTED]: {
    status: 422,
    title: 'The inspection ends before it starts',
    localizedTitle: {
      kk: 'Тексерудің аяқталу күні басталу күнінен бұрын',
      ru: 'Дата окончания проверки раньше даты начала',
    },
  },
  [InspectionsErrorCode.INSPECTION_SUBJECT_UNKNOWN]: {
    status: 422,
    title: 'The registry has no active organisation in that part (owner or provider)',
    localizedTitle: {
      kk: 'Тізілімде осы рөлдегі (иесі немесе көрсетушісі) жұмыс істеп тұрған ұйым жоқ',
      ru: 'В реестре нет действующей организации в этой роли (владелец или услугодатель)',
    },
  },
  [InspectionsErrorCode.INSPECTION_NOT_STARTED]: {
    status: 409,
    title: 'The inspection has not started yet: findings and results come from its dates',
    localizedTitle: {
      kk: 'Тексеру әлі басталған жоқ: бұзушылықтар мен нәтижелер оның мерзімінде тіркеледі',
      ru: 'Проверка еще не началась: нарушения и результаты фиксируются в ее сроки',
    },
  },
  [InspectionsErrorCode.INSPECTION_COMPLETED]: {
    status: 409,
    title: 'The inspection is completed and its results published: nothing is added to it',
    localizedTitle: {
      kk: 'Тексеру аяқталып, нәтижелері жарияланды: оған ештеңе қосылмайды',
      ru: 'Проверка завершена, результаты опубликованы: к ней ничего не добавляется',
    },
  },
  [InspectionsErrorCode.INSPECTION_FINDING_UNKNOWN]: {
    status: 422,
    title: 'The order names a finding this inspection did not record',
    localizedTitle: {
      kk: 'Нұсқаманда осы тексеру тіркемеген бұзушылық көрсетілген',
      ru: 'Предписание ссылается на нарушение, не зафиксированное этой проверкой',
    },
  },
  [InspectionsErrorCode.ORDER_NOT_FOUND]: {
    status: 404,
    title: 'No such order',
    localizedTitle: { kk: 'Мұндай нұсқама жоқ', ru: 'Такого предписания нет' },
  },
  [InspectionsErrorCode.ORDER_DUE_DATE_PASSED]: {
    status: 422,
    title: 'An order is due after the day it is issued',
    localizedTitle: {
      kk: 'Нұсқаманың орындалу мерзімі берілген күнінен кейін болуы тиіс',
      ru: 'Срок исполнения предписания должен быть позже дня его выдачи',
    },
  },
  [InspectionsErrorCode.ORDER_NOT_YOURS]: {
    status: 403,
    title: 'Only an officer of the organisation the order is addressed to reports on it',
    localizedTitle: {
      kk: 'Нұсқаманың орындалуы туралы ол жолданған ұйымның қызметкері ғана хабарлайды',
      ru: 'Об исполнении предписания сообщает только сотрудник организации, которой оно адресовано',
    },
  },
  [InspectionsErrorCode.ORDER_ALREADY_FULFILLED]: {
    status: 409,
    title: 'The order is already fulfilled',
    localizedTitle: { kk: 'Нұсқама орындалды', ru: 'Предписание уже исполнено' },
  },
  [InspectionsErrorCode.ORDER_NOT_REPORTED]: {
    status: 409,
    title: 'The addressee has not reported on the order yet',
    localizedTitle: {
      kk: 'Нұсқама жолданған ұйым оның орындалуы туралы әлі хабарлаған жоқ',
      ru: 'Адресат еще не сообщил об исполнении предписания',
    },
  },
});
