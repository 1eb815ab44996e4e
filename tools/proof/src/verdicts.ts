/** One request the workload sent through the gateway and what came back. */
export interface Exchange {
  /** `POST /api/v1/applications` with ids replaced by their names: what the table counts by. */
  operation: string;
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or `undefined` when no answer came (connection refused or reset, time-out). */
  status: number | undefined;
  contentType: string;
  /** The problem's `code` for a problem+json answer. */
  code?: string;
  /** Why nothing came back, when nothing did. */
  error?: string;
}

/** A fault from its injection until what it broke answered ready again. */
export interface FaultWindow {
  fault: string;
  from: number;
  to: number;
  /**
   * The API paths (prefixes) the fault may fail, when not every one: the services call each other only through
   * events (D2), so a dead registry-svc excuses no failure of an application, and a stopped broker none at all
   * (writes go to the outbox, reads never need it).
   */
  affects?: readonly string[];
}

const pathOf = (operation: string): string => operation.split(' ')[1] ?? '';

/** The statuses a gateway or a service may answer while a dependency is down: it never pretends (D14). */
const faultStatuses = new Set([502, 503, 504]);

export interface AnswerVerdict {
  /** 5xx (or no answer at all) while no fault was in progress. */
  outsideWindows: Exchange[];
  /** Inside a fault window, a 5xx other than 502/503/504 or one without a problem+json body. */
  badInsideWindows: Exchange[];
}

/**
 * Sorts the failed answers by the fault windows: an exchange overlapping a window (widened by `graceMs` after
 * it, for the requests the dead process had in flight and the pools that find their connections closed) may
 * fail, but only as a 502/503/504 problem+json or, when the gateway itself was down, with no answer; any
 * other failure is a defect.
 */
export function judgeAnswers(exchanges: Exchange[], windows: FaultWindow[], graceMs: number): AnswerVerdict {
  const verdict: AnswerVerdict = { outsideWindows: [], badInsideWindows: [] };
  for (const exchange of exchanges) {
    const failed = exchange.status === undefined || exchange.status >= 500;
    if (!failed) continue;
    const overlapping = windows.filter(
      (window) =>
        exchange.startedAt <= window.to + graceMs &&
        exchange.endedAt >= window.from &&
        (window.affects?.some((prefix) => pathOf(exchange.operation).startsWith(prefix)) ?? true),
    );
    if (overlapping.length === 0) {
      verdict.outsideWindows.push(exchange);
      continue;
    }
    const acceptable =
      exchange.status === undefined
        ? overlapping.some((window) => window.fault === 'SIGKILL gateway')
        : faultStatuses.has(exchange.status) && exchange.contentType.startsWith('application/problem+json');
    if (!acceptable) verdict.badInsideWindows.push(exchange);
  }
  return verdict;
}

/** Event counts of one type at one consumer. */
export interface EventRow {
  type: string;
  consumer: string;
  published: number;
  applied: number;
  /** Published, not in the consumer's inbox: lost. */
  missing: number;
  /** In the consumer's inbox but in no outbox (or of another type there): applied from nowhere. */
  unexpected: number;
}

/**
 * Every event each outbox published against each inbox that must apply it. The inbox's key (consumer, event
 * id) makes a second application impossible to store, so "exactly once" is: every published event of a type
 * a consumer handles is in its inbox, and nothing else is.
 */
export function judgeEvents(
  published: ReadonlyMap<string, string>,
  applied: ReadonlyMap<string, ReadonlyMap<string, string>>,
  consumersOf: (type: string) => readonly string[],
): EventRow[] {
  const rows = new Map<string, EventRow>();
  const row = (type: string, consumer: string): EventRow => {
    const key = `${type}\u0000${consumer}`;
    let found = rows.get(key);
    if (!found) {
      found = { type, consumer, published: 0, applied: 0, missing: 0, unexpected: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const [eventId, type] of published) {
    for (const consumer of consumersOf(type)) {
      const entry = row(type, consumer);
      entry.published += 1;
      if (applied.get(consumer)?.get(eventId) === type) entry.applied += 1;
      else entry.missing += 1;
    }
  }
  for (const [consumer, inbox] of applied) {
    for (const [eventId, type] of inbox) {
      if (published.get(eventId) !== type || !consumersOf(type).includes(consumer))
        row(type, consumer).unexpected += 1;
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.consumer.localeCompare(b.consumer),
  );
}

/** One line of the closing table: an invariant, what was counted, and whether it held. */
export interface InvariantRow {
  invariant: string;
  counted: string;
  holds: boolean;
  /** The first few offenders, when it does not hold. */
  detail?: string[];
}

/** The closing table, as plain text: one row per invariant, then the offenders of those that failed. */
export function renderTable(rows: InvariantRow[]): string {
  const head = ['invariant', 'counted', 'verdict'];
  const cells = rows.map((row) => [row.invariant, row.counted, row.holds ? 'holds' : 'VIOLATED']);
  const widths = head.map((title, index) =>
    Math.max(title.length, ...cells.map((cell) => cell[index]?.length ?? 0)),
  );
  const line = (cell: string[]): string =>
    `| ${cell.map((text, index) => text.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const details = rows
    .filter((row) => !row.holds && row.detail && row.detail.length > 0)
    .map((row) => `\n\n${row.invariant}:\n${(row.detail ?? []).map((text) => `  ${text}`).join('\n')}`);
  return [line(head), rule, ...cells.map(line)].join('\n') + details.join('');
}
