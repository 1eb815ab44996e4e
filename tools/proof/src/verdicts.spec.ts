import { judgeAnswers, judgeEvents, renderTable, type Exchange } from './verdicts';

const exchange = (
  startedAt: number,
  status: number | undefined,
  contentType = 'application/problem+json',
): Exchange => ({
  operation: 'POST /api/v1/applications',
  startedAt,
  endedAt: startedAt + 100,
  status,
  contentType,
});

describe('the answers verdict (no 5xx outside a fault, only 502/503/504 problem+json inside)', () => {
  const windows = [{ fault: 'SIGKILL applications-svc', from: 10_000, to: 20_000 }];

  it('passes answers below 500 wherever they fall', () => {
    expect(judgeAnswers([exchange(0, 201), exchange(15_000, 422)], windows, 1_000)).toEqual({
      outsideWindows: [],
      badInsideWindows: [],
    });
  });

  it('counts a 503 problem+json inside a window, or in its grace after recovery, as the fault', () => {
    const inside = [exchange(9_950, 502), exchange(15_000, 503), exchange(20_900, 504)];
    expect(judgeAnswers(inside, windows, 1_000)).toEqual({ outsideWindows: [], badInsideWindows: [] });
  });

  it('fails a 5xx before the window or after its grace', () => {
    const outside = [exchange(5_000, 503), exchange(21_100, 503)];
    expect(judgeAnswers(outside, windows, 1_000).outsideWindows).toEqual(outside);
  });

  it('fails a 500, or a 503 that is not problem+json, even inside a window', () => {
    const bad = [exchange(15_000, 500), exchange(15_000, 503, 'text/plain')];
    expect(judgeAnswers(bad, windows, 1_000).badInsideWindows).toEqual(bad);
  });

  it('excuses only the failures of the paths a fault affects: a dead service fails no other, a stopped broker none', () => {
    const registryDown = [
      { fault: 'SIGKILL registry-svc', from: 10_000, to: 20_000, affects: ['/api/v1/registry'] },
    ];
    const search = { ...exchange(15_000, 502), operation: 'GET /api/v1/registry/services?q=' };
    const intake = exchange(15_000, 502);
    expect(judgeAnswers([search, intake], registryDown, 1_000)).toEqual({
      outsideWindows: [intake],
      badInsideWindows: [],
    });
    const brokerDown = [{ fault: 'broker down 5 s', from: 10_000, to: 20_000, affects: [] }];
    expect(judgeAnswers([intake], brokerDown, 1_000).outsideWindows).toEqual([intake]);
  });

  it('accepts no answer at all only while the gateway itself was killed', () => {
    const unanswered = exchange(15_000, undefined, '');
    expect(judgeAnswers([unanswered], windows, 1_000).badInsideWindows).toEqual([unanswered]);
    const gatewayDown = [{ fault: 'SIGKILL gateway', from: 10_000, to: 20_000 }];
    expect(judgeAnswers([unanswered], gatewayDown, 1_000).badInsideWindows).toEqual([]);
    expect(judgeAnswers([exchange(30_000, undefined, '')], gatewayDown, 1_000).outsideWindows).toHaveLength(
      1,
    );
  });
});

describe('the events verdict (every published event applied once by every consumer of its type)', () => {
  const consumersOf = (type: string): string[] => (type === 'submitted' ? ['complaints', 'monitoring'] : []);

  it('counts an event in every consumer’s inbox as applied', () => {
    const published = new Map([['e1', 'submitted']]);
    const applied = new Map([
      ['complaints', new Map([['e1', 'submitted']])],
      ['monitoring', new Map([['e1', 'submitted']])],
    ]);
    expect(judgeEvents(published, applied, consumersOf)).toEqual([
      { type: 'submitted', consumer: 'complaints', published: 1, applied: 1, missing: 0, unexpected: 0 },
      { type: 'submitted', consumer: 'monitoring', published: 1, applied: 1, missing: 0, unexpected: 0 },
    ]);
  });

  it('reports an event a consumer never applied as missing, and one no outbox published as unexpected', () => {
    const published = new Map([['e1', 'submitted']]);
    const applied = new Map([['complaints', new Map([['e9', 'submitted']])]]);
    expect(judgeEvents(published, applied, consumersOf)).toEqual([
      { type: 'submitted', consumer: 'complaints', published: 1, applied: 0, missing: 1, unexpected: 1 },
      { type: 'submitted', consumer: 'monitoring', published: 1, applied: 0, missing: 1, unexpected: 0 },
    ]);
  });

  it('reports an event applied by a service that does not consume its type as unexpected', () => {
    const published = new Map([['e1', 'other']]);
    const applied = new Map([['complaints', new Map([['e1', 'other']])]]);
    expect(judgeEvents(published, applied, consumersOf)).toEqual([
      { type: 'other', consumer: 'complaints', published: 0, applied: 0, missing: 0, unexpected: 1 },
    ]);
  });
});

describe('the closing table', () => {
  it('gives one row per invariant and lists the offenders of a violated one', () => {
    const table = renderTable([
      { invariant: 'outboxes drained', counted: '0 unsent', holds: true },
      { invariant: 'dead-letter topics empty', counted: '1 message', holds: false, detail: ['a.dlq: 1'] },
    ]);
    expect(table.split('\n')).toEqual([
      '| invariant                | counted   | verdict  |',
      '|--------------------------|-----------|----------|',
      '| outboxes drained         | 0 unsent  | holds    |',
      '| dead-letter topics empty | 1 message | VIOLATED |',
      '',
      'dead-letter topics empty:',
      '  a.dlq: 1',
    ]);
  });
});
