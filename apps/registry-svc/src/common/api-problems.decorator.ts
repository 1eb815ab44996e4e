import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';

const descriptions: Record<number, string> = {
  400: 'Invalid input (problem+json with field errors)',
  401: 'No valid access token',
  403: 'The token lacks the role this action needs',
  404: 'Not found',
  409: 'Conflicts with the current state (e.g. a refused lifecycle transition)',
};

/** Documents error answers with the platform's Problem schema (RFC 9457). */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath('Problem') } } },
      }),
    ),
  );
}
