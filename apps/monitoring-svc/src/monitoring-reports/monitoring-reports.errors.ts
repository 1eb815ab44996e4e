import { domainErrors } from '@kzps/platform';

/** Every problem of state orders and NGO monitoring reports, subject first (docs/architecture.md D24). */
export enum MonitoringReportsErrorCode {
  STATE_ORDER_NOT_FOUND = 'STATE_ORDER_NOT_FOUND',
  STATE_ORDER_PERIOD_INVERTED = 'STATE_ORDER_PERIOD_INVERTED',
  STATE_ORDER_DUE_DATE_PASSED = 'STATE_ORDER_DUE_DATE_PASSED',
  MONITORING_REPORT_NOT_FOUND = 'MONITORING_REPORT_NOT_FOUND',
  MONITORING_REPORT_ORDER_REQUIRED = 'MONITORING_REPORT_ORDER_REQUIRED',
  MONITORING_REPORT_ORDER_UNEXPECTED = 'MONITORING_REPORT_ORDER_UNEXPECTED',
  MONITORING_REPORT_PERIOD_INVERTED = 'MONITORING_REPORT_PERIOD_INVERTED',
  MONITORING_REPORT_ALREADY_SUBMITTED = 'MONITORING_REPORT_ALREADY_SUBMITTED',
}

export const monitoringReportsError = domainErrors<MonitoringReportsErrorCode>({
  [MonitoringReportsErrorCode.STATE_ORDER_NOT_FOUND]: {
    status: 404,
    title: 'No such state order for your organisation',
    localizedTitle: {
      kk: 'Ұйымыңызға мұндай мемлекеттік тапсырыс жоқ',
      ru: 'Такого государственного заказа вашей организации нет',
    },
  },
  [MonitoringReportsErrorCode.STATE_ORDER_PERIOD_INVERTED]: {
    status: 422,
    title: 'The monitored period ends before it starts',
    localizedTitle: {
      kk: 'Мониторинг кезеңінің аяқталуы басталуынан бұрын',
      ru: 'Период мониторинга заканчивается раньше, чем начинается',
    },
  },
  [MonitoringReportsErrorCode.STATE_ORDER_DUE_DATE_PASSED]: {
    status: 422,
    title: 'The report is due no earlier than the end of the monitored period, and after today',
    localizedTitle: {
      kk: 'Есеп мониторинг кезеңі аяқталғаннан ерте емес және бүгіннен кейін тапсырылуы тиіс',
      ru: 'Срок отчета — не раньше окончания периода мониторинга и позже сегодняшнего дня',
    },
  },
  [MonitoringReportsErrorCode.MONITORING_REPORT_NOT_FOUND]: {
    status: 404,
    title: 'No such monitoring report',
    localizedTitle: { kk: 'Мұндай мониторинг есебі жоқ', ru: 'Такого отчета о мониторинге нет' },
  },
  [MonitoringReportsErrorCode.MONITORING_REPORT_ORDER_REQUIRED]: {
    status: 422,
    title: 'A report on a state order names the order',
    localizedTitle: {
      kk: 'Мемлекеттік тапсырыс бойынша есепте тапсырыс көрсетіледі',
      ru: 'В отчете по государственному заказу указывается заказ',
    },
  },
  [MonitoringReportsErrorCode.MONITORING_REPORT_ORDER_UNEXPECTED]: {
    status: 422,
    title: 'Monitoring on the NGO’s own initiative answers no state order (Art. 23.1)',
    localizedTitle: {
      kk: 'Өз бастамасы бойынша мониторинг мемлекеттік тапсырысқа жатпайды (23-баптың 1-тармағы)',
      ru: 'Мониторинг по собственной инициативе не относится к государственному заказу (пункт 1 статьи 23)',
    },
  },
  [MonitoringReportsErrorCode.MONITORING_REPORT_PERIOD_INVERTED]: {
    status: 422,
    title: 'The monitored period ends before it starts, or after the report',
    localizedTitle: {
      kk: 'Мониторинг кезеңі басталмай аяқталған немесе есептен кейін аяқталады',
      ru: 'Период мониторинга заканчивается раньше начала или позже отчета',
    },
  },
  [MonitoringReportsErrorCode.MONITORING_REPORT_ALREADY_SUBMITTED]: {
    status: 409,
    title: 'The state order already has its report',
    localizedTitle: {
      kk: 'Мемлекеттік тапсырыс бойынша есеп тапсырылған',
      ru: 'Отчет по государственному заказу уже представлен',
    },
  },
});
