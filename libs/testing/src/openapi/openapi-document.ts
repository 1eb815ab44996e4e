/** The parts of an OpenAPI 3.0 document the example checks and the input generator read. */
export interface SchemaNode {
  $ref?: string;
  example?: unknown;
  type?: string;
  format?: string;
  enum?: Array<string | number | boolean | null>;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  required?: string[];
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

export interface NamedExamples {
  [name: string]: { summary?: string; value?: unknown };
}

export interface MediaType {
  schema?: SchemaNode;
  example?: unknown;
  examples?: NamedExamples;
}

export interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  examples?: NamedExamples;
  schema?: SchemaNode;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  /** `[]` for an operation anyone may call, the bearer scheme for one that needs a token. */
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  components?: { schemas?: Record<string, SchemaNode> };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface DocumentedOperation {
  method: HttpMethod;
  path: string;
  operation: Operation;
}

/** Every operation of the document with its method and path. */
export function operationsOf(document: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, operation }] : [];
    }),
  );
}

/** The schema a `#/components/schemas/X` reference points at, and its name. */
export function resolveRef(document: OpenApiDocument, ref: string): { name: string; schema?: SchemaNode } {
  const name = ref.replace('#/components/schemas/', '');
  return { name, schema: document.components?.schemas?.[name] };
}
