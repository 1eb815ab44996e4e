export { eventually, type EventuallyOptions } from './eventually';
export { createTestDatabase, type TestDatabase } from './test-database';
export { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
export { freePort } from './free-port';
export { debianBinary, debianProgram, type DebianBinary, type DebianProgram } from './debian-binary';
export { stopProcess } from './stop-process';
export { migrationDataSource } from './migration-data-source';
export { startTestBroker, type RunningTestBroker } from './test-broker';
export {
  operationsOf,
  resolveRef,
  type DocumentedOperation,
  type HttpMethod,
  type OpenApiDocument,
  type Operation,
  type SchemaNode,
} from './openapi/openapi-document';
export { exampleGaps } from './openapi/example-gaps';
export {
  allExampleRequests,
  badExampleAnswers,
  exampleRequests,
  isBadExampleAnswer,
  sendExample,
  type ExampleRequest,
  type ParameterValues,
} from './openapi/example-requests';
export { TestClock } from './test-clock';
export { envelopeSchemaProblems, jsonSchemaProblems } from './events/event-json-schemas';
export { testEnvelope } from './events/test-envelope';
export {
  expectNoHostileWrites,
  hostileRequests,
  rowCounts,
  sendHostileCorpus,
  writeOperationsOf,
  type HostileCorpusReport,
  type HostileRequest,
} from './openapi/hostile-corpus';
export {
  expectGeneratedInputHandled,
  sendGeneratedInput,
  type GeneratedInputOptions,
  type GeneratedInputReport,
  type RealResources,
} from './openapi/generated-input';
export { generatedRequests, type GeneratedRequest, type RealResource } from './openapi/schema-fuzz';
export { unrecordedWrites, type LoggedWrites, type RecordedRefusal } from './openapi/write-log';
export { matrixMismatches, type MatrixEntry, type MatrixTarget } from './openapi/authorization-matrix-check';
export {
  describeHostileInput,
  type HostileInputCallers,
  type HostileInputSuite,
  type HostileInputTarget,
} from './openapi/hostile-input-suite';
export { expectTokensRefused, sendRefusedTokens, type RefusedToken } from './openapi/refused-tokens';
export { SERVICE_LOG_DIR_VARIABLE, serviceLogFile, testServiceLog } from './service-log';
export {
  SERVICE_LOG_TEST,
  withServiceLogVerdict,
  type RunResults,
  type ServiceLogScan,
} from './service-log-verdict';
export {
  ALERT_RULES_FILE,
  DASHBOARD_FILE,
  exposedMetrics,
  metricSelectors,
  monitoringQueries,
  promqlSyntaxErrors,
  type MetricSelector,
  type MonitoringQuery,
} from './monitoring/monitoring-queries';
export {
  relationMismatches,
  type RelationCaller,
  type RelationCell,
  type RelationEntry,
  type RelationFixture,
  type RelationReport,
  type RelationTarget,
} from './openapi/relation-matrix-check';
