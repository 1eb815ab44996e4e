import { guardProblems } from '@kzps/auth';
import { invalid, malformedId, pageTooLarge, type DocumentedProblem } from '@kzps/platform';
import { accreditationsError, AccreditationsErrorCode } from '../accreditations/accreditations.errors';
import { qualityAuthorityProblems } from '../registry/designated-bodies.problems';
import { monitoringReportsError, MonitoringReportsErrorCode as Code } from './monitoring-reports.errors';
import { MonitoringReportRoles } from './monitoring-reports.service';

const withoutOrganization = accreditationsError(
  AccreditationsErrorCode.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION,
);
const stateOrderReaders = [
  ...MonitoringReportRoles.orderer,
  'public-services-authority' as const,
  ...MonitoringReportRoles.monitors,
];

/** The problems of each public-monitoring operation, from the errors the service throws (D19). */
export const MonitoringReportProblems = {
  issueOrder: [
    ...guardProblems(MonitoringReportRoles.orderer),
    ...qualityAuthorityProblems,
    invalid({
      field: 'serviceIds',
      message: 'serviceIds must contain at least 1 elements',
      constraint: 'arrayMinSize',
    }),
    accreditationsError(AccreditationsErrorCode.ACCREDITATION_NOT_FOUND),
    accreditationsError(AccreditationsErrorCode.ACCREDITATION_NOT_IN_FORCE),
    monitoringReportsError(Code.STATE_ORDER_PERIOD_INVERTED),
    monitoringReportsError(Code.STATE_ORDER_DUE_DATE_PASSED),
  ],
  stateOrders: [...guardProblems(stateOrderReaders), pageTooLarge, withoutOrganization],
  submit: [
    ...guardProblems(MonitoringReportRoles.monitors),
    invalid({
      field: 'findings',
      message: 'findings must contain at least 1 elements',
      constraint: 'arrayMinSize',
    }),
    withoutOrganization,
    accreditationsError(AccreditationsErrorCode.ACCREDITATION_NOT_IN_FORCE),
    monitoringReportsError(Code.STATE_ORDER_NOT_FOUND),
    monitoringReportsError(Code.MONITORING_REPORT_ORDER_REQUIRED),
    monitoringReportsError(Code.MONITORING_REPORT_ORDER_UNEXPECTED),
    monitoringReportsError(Code.MONITORING_REPORT_PERIOD_INVERTED),
    monitoringReportsError(Code.MONITORING_REPORT_ALREADY_SUBMITTED),
  ],
  list: [...guardProblems(MonitoringReportRoles.readers), pageTooLarge],
  read: [
    ...guardProblems(MonitoringReportRoles.readers),
    malformedId,
    monitoringReportsError(Code.MONITORING_REPORT_NOT_FOUND),
  ],
} satisfies Record<string, DocumentedProblem[]>;

export { stateOrderReaders };
