export { loadConfig, ConfigurationError } from './config/load-config';
export {
  ServiceConfig,
  embeddedDatabaseUrl,
  toBoolean,
  type ServiceConfigClass,
} from './config/service-config';
export {
  DomainError,
  domainErrors,
  localizedDetailOf,
  problemType,
  type Bilingual,
  type FieldProblem,
  type ProblemDocument,
  type ProblemSpec,
} from './problem/problem';
export { commonProblems, type CommonProblemCode } from './problem/common-problems';
export { toProblem } from './problem/to-problem';
export { runImportCli } from './problem/run-import-cli';
export { ConstraintProblems } from './problem/constraint-problems';
export { ProblemDetailsFilter, sendProblem, PROBLEM_CONTENT_TYPE } from './problem/problem-details.filter';
export { createValidationPipe, validationFailed } from './problem/validation';
export { createRootLogger, PinoNestLogger } from './logging/logger';
export { maskPersonalData, maskText } from './logging/personal-data';
export { requestContext, currentRequestId, type RequestContext } from './logging/request-context';
export {
  activeTraceIds,
  contextOfTraceHeaders,
  traceHeadersOf,
  tracingOn,
  type TraceHeaders,
} from './tracing/trace-context';
export { DependencyOutages, type OutageProbe } from './health/dependency-outages';
export { isDatabaseUnreachable } from './problem/database-unreachable';
export {
  HealthRegistry,
  type CheckOptions,
  type CheckResult,
  type ReadinessCheck,
  type ReadinessReport,
} from './health/health.registry';
export { ServiceMetrics } from './metrics/metrics';
export { PlatformModule, SERVICE_CONFIG } from './platform.module';
export { ApiPublic, declareSecurity, setupOpenApi, type OpenApiInfo } from './http/openapi';
export {
  ApiProblems,
  ApiUuidParam,
  invalid,
  malformedId,
  type DocumentedProblem,
} from './http/api-problems.decorator';
export { requestIdFor, REQUEST_ID_HEADER } from './http/request-id';
export { IsCalendarDate, isCalendarDate } from './http/calendar-date.decorator';
export { MAX_BODY_DEPTH } from './http/hostile-input';
export { createServiceApp, runService, type ServiceAppOptions } from './bootstrap';
export { Clock, SystemClock } from './time/clock';
export {
  MAX_PAGE,
  MAX_PAGE_SIZE,
  PageQueryDto,
  badPage,
  pageDtoOf,
  pageOf,
  pageRows,
  pageTooLarge,
  type Page,
} from './http/pagination';
export { toCsv } from './http/csv';
export { queryBoolean, queryDecimalInteger, queryList } from './http/query-values';
export {
  BILINGUAL_TEXT_MAX,
  IsBilingualText,
  IsNonBlankText,
  LongBilingualTextDto,
  ShortBilingualTextDto,
  bilingual,
  optionalBilingual,
} from './http/bilingual-text';
export { NestedItems, NestedObject } from './http/nested-items';
