import type { INestApplication } from '@nestjs/common';
import { ApiExtension, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export interface OpenApiInfo {
  title: string;
  description: string;
  version?: string;
}

const problemSchema: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:kzps:problem:validation-failed' },
    title: { type: 'string', example: 'The request is not valid' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Invalid fields: name.kk' },
    instance: { type: 'string', example: '/api/v1/registry/services' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    requestId: { type: 'string', example: '6f1c2a9e-3b7d-4e1f-9a20-5c8d7b3e4f10' },
    localizedTitle: {
      type: 'object',
      properties: { kk: { type: 'string' }, ru: { type: 'string' } },
      example: { kk: 'Сұрау жарамсыз', ru: 'Запрос некорректен' },
    },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', example: 'name.kk' },
          message: { type: 'string', example: 'name.kk should not be empty' },
          constraint: { type: 'string', example: 'isNotEmpty' },
          localizedMessage: {
            type: 'object',
            description: "A domain rule's message in Kazakh and Russian, for a person to read",
            properties: { kk: { type: 'string' }, ru: { type: 'string' } },
          },
        },
      },
    },
  },
};

/** The extension that marks an operation needing no token (set by `ApiPublic`, read by `declareSecurity`). */
const PUBLIC_OPERATION = 'x-public';

/** Documents an operation as callable without a token; libs/auth's `@Public()` applies it with the guard's metadata. */
export const ApiPublic = (): MethodDecorator & ClassDecorator => ApiExtension(PUBLIC_OPERATION, true);

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/**
 * Says on every operation whether it needs a token: `security: []` for the public ones, the bearer scheme for
 * the rest. Both come from the same `@Public()` the guard reads, so the document cannot promise less than the
 * guard demands; an operation without the mark is documented as needing a token, the guard's default too.
 */
export function declareSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as
        (NonNullable<(typeof item)[typeof method]> & Record<string, unknown>) | undefined;
      if (!operation) continue;
      if (operation[PUBLIC_OPERATION] === true) {
        delete operation[PUBLIC_OPERATION];
        operation.security = [];
      } else {
        operation.security = [{ bearer: [] }];
      }
    }
  }
  return document;
}

/** Builds the app's OpenAPI document and serves it at /openapi.json and the UI at /docs. */
export function setupOpenApi(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version ?? '1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const document = declareSecurity(SwaggerModule.createDocument(app, config));
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: { ...problemSchema } },
  };
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  return document;
}
