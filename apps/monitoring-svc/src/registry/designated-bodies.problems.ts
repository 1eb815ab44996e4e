import type { DocumentedProblem } from '@kzps/platform';
import { designatedBodiesError, DesignatedBodiesErrorCode as Code } from './designated-bodies.errors';

/** What an operation only the designated quality authority performs may answer besides the guard's (D18, D19). */
export const qualityAuthorityProblems: DocumentedProblem[] = [
  designatedBodiesError(Code.QUALITY_AUTHORITY_NOT_YOURS),
  designatedBodiesError(Code.QUALITY_AUTHORITY_UNDESIGNATED),
  designatedBodiesError(Code.QUALITY_AUTHORITY_AMBIGUOUS, undefined, {
    candidates: ['a9e0b7c6-0001-4000-8000-0000000000aa', 'a9e0b7c6-0002-4000-8000-0000000000ab'],
  }),
];
