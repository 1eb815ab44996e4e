/** Kazakh and Russian text for a person to read (Art. 3, 5.5.2: both languages wherever text is read). */
export interface Bilingual {
  kk: string;
  ru: string;
}

/** A field-level validation problem. */
export interface FieldProblem {
  field: string;
  message: string;
  constraint?: string;
  /** The message in Kazakh and Russian where a person reads it (a domain rule, not a DTO's shape check). */
  localizedMessage?: Bilingual;
}

/** RFC 9457 problem details, with the stable code and the request id added. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId?: string;
  /** The title in Kazakh and Russian, for front ends that show the error to a person. */
  localizedTitle?: Bilingual;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** A stable, resolvable-free identifier per error kind: clients switch on `type` (or `code`). */
export function problemType(code: string): string {
  return `urn:kzps:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export interface ProblemSpec {
  status: number;
  title: string;
  localizedTitle: Bilingual;
}

/**
 * A domain error: services throw these, the exception filter turns them into problem+json. Each context
 * declares its codes with a `Record<Code, ProblemSpec>`, so a missing mapping is a type error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly spec: ProblemSpec,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? spec.title);
    this.name = 'DomainError';
  }
}

/** Builds a typed error factory for one bounded context. */
export function domainErrors<Code extends string>(specs: Record<Code, ProblemSpec>) {
  return (code: Code, detail?: string, extensions?: Record<string, unknown>): DomainError =>
    new DomainError(code, specs[code], detail, extensions);
}

/** A problem's `localizedDetail`: the kk/ru messages of its field problems, joined in each language. */
export function localizedDetailOf(problems: FieldProblem[]): Bilingual {
  const messages = problems.flatMap((p) => (p.localizedMessage ? [p.localizedMessage] : []));
  return { kk: messages.map((m) => m.kk).join('; '), ru: messages.map((m) => m.ru).join('; ') };
}
