import { applyDecorators, BadRequestException, type HttpException } from '@nestjs/common';
import { ApiParam, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { DomainError, type FieldProblem, type ProblemDocument } from '../problem/problem';
import { toProblem } from '../problem/to-problem';
import { validationFailed } from '../problem/validation';

/** An error an operation answers with: a domain error, or Nest's own (a pipe's refusal). */
export type DocumentedProblem = DomainError | HttpException;

/** The request id the filter adds to every problem (echoed in x-request-id). */
const EXAMPLE_REQUEST_ID = '8d3f2c1e-6b7a-4f59-a2c4-1e0d9b8a7c65';

/** The problem as the client receives it, built by the same `toProblem` the exception filter uses. */
function exampleOf(problem: DocumentedProblem): ProblemDocument {
  // The instance is the request's path, which an example written for a route template cannot know.
  const { instance: _instance, ...document } = toProblem(problem, '', EXAMPLE_REQUEST_ID);
  return document;
}

/**
 * Documents the problems an operation answers with: one response per status, each problem an example of
 * its own (keyed by its code), so a client sees the codes it has to handle (SERVICE_NOT_INCLUDED under 409,
 * REGISTRY_IMPORT_REJECTED with its report under 422), never a 400 example reused for every status. Give it
 * the errors the service itself throws, made by its own error factories.
 */
export function ApiProblems(...problems: DocumentedProblem[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ProblemDocument[]>();
  for (const problem of problems.map(exampleOf)) {
    byStatus.set(problem.status, [...(byStatus.get(problem.status) ?? []), problem]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, documents]) => {
      const examples: Record<string, { summary: string; value: ProblemDocument }> = {};
      for (const document of documents) {
        let key = document.code;
        for (let n = 2; key in examples; n += 1) key = `${document.code}_${n}`;
        examples[key] = { summary: document.detail ?? document.title, value: document };
      }
      return ApiResponse({
        status,
        description: [...new Set(documents.map((d) => `${d.code}: ${d.title}`))].join('; '),
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath('Problem') }, examples },
        },
      });
    }),
  );
}

/** ParseUUIDPipe's answer to an id in the path that is not a uuid. */
export const malformedId = new BadRequestException('Validation failed (uuid is expected)');

/** The validation pipe's answer naming the fields (VALIDATION_FAILED). */
export function invalid(...errors: FieldProblem[]): DomainError {
  return validationFailed(errors);
}

/** A uuid path parameter, documented as one, with an example. */
export function ApiUuidParam(name: string, example: string, description: string): MethodDecorator {
  return ApiParam({ name, description, example, type: String, format: 'uuid' });
}
