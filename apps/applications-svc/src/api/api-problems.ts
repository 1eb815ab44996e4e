import { malformedId } from '@kzps/platform';
import { applicationsError, ApplicationsErrorCode as Code } from '../applications/applications.errors';

/** The problems this service throws, made by its own error factory (docs/architecture.md D19). */
export const problem = applicationsError;

/** A service an application is asked for: in the registry, not excluded, with a standard in force. */
export const serviceProblems = [
  problem(Code.SERVICE_UNKNOWN),
  problem(Code.SERVICE_EXCLUDED),
  problem(Code.STANDARD_NOT_IN_FORCE),
];

/** What every act on one application may meet before its own rules. */
export const onApplication = [
  malformedId,
  problem(Code.APPLICATION_NOT_FOUND),
  problem(Code.APPLICATION_STATUS_CONFLICT),
];
