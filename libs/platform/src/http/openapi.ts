import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
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
    requestId: { type: 'string' },
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
          field: { type: 'string' },
          message: { type: 'string' },
          constraint: { type: 'string' },
        },
      },
    },
  },
};

/** Builds the app's OpenAPI document and serves it at /openapi.json and the UI at /docs. */
export function setupOpenApi(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(info.description)
    .setVersion(info.version ?? '1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
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
