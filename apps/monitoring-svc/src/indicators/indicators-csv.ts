import { instanceRoles } from '@kzps/contracts';
import { toCsv } from '@kzps/platform';
import type { IndicatorGrouping } from './dto/indicators-query.dto';
import { groupingFields, type IndicatorRow } from './indicators.service';

const figureColumns = [
  'applicationsSubmitted',
  'electronicApplications',
  'eFormShare',
  'intakeRefusals',
  'resultsIssuedOnTime',
  'resultsIssuedLate',
  'onTimeShare',
  'resultsRefused',
  'applicationsOverdue',
  'handoversLate',
  'queueWaitsExceeded',
  'feesPaid',
  'feesPaidKzt',
  'complaintsFiled',
  'complaintsPer1000Applications',
  'complaintsDecided',
  'complaintsSatisfied',
  'satisfiedShare',
  'surveyAnswers',
  'satisfactionScore',
  'informationUpdatesLate',
] as const satisfies ReadonlyArray<keyof IndicatorRow>;

const cell = (value: string | number | null | undefined): string => (value == null ? '' : String(value));

/** The dashboard's table as CSV: the grouped facets, every figure, and each instance's decided/satisfied. */
export function indicatorsCsv(groupings: readonly IndicatorGrouping[], rows: IndicatorRow[]): string {
  const facets = groupings.map((g) => groupingFields[g]);
  const header = [
    ...facets,
    ...figureColumns,
    ...instanceRoles.flatMap((role) => [`decided.${role}`, `satisfied.${role}`]),
  ];
  return toCsv(
    header,
    rows.map((row) => [
      ...facets.map((facet) => cell(row[facet])),
      ...figureColumns.map((column) => cell(row[column])),
      ...instanceRoles.flatMap((role) => [
        cell(row.byInstance[role].decided),
        cell(row.byInstance[role].satisfied),
      ]),
    ]),
  );
}
