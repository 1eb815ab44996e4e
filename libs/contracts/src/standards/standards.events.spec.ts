import { eventCatalog } from '../events/event-catalog';
import { Topics } from '../topics/topic-names';
import { StandardsEventTypes, type TermMissedV1 } from './standards.events';

const missed: TermMissedV1 = {
  standardId: 'std-1',
  serviceId: 'svc-1',
  termId: 'term-1',
  kind: 'standard_adoption',
  article: '7.1',
  dueDate: '2026-05-20',
  dueAt: '2026-05-20T18:59:59.999Z',
  missedAt: '2026-05-21T00:00:05.000Z',
};

describe('standards events', () => {
  it('are in the one catalog, published on the standards topic', () => {
    for (const type of Object.values(StandardsEventTypes)) {
      expect(eventCatalog[type].type).toBe(type);
      expect(eventCatalog[type].topic).toBe(Topics.standards);
    }
  });

  it('accept a complete payload and ignore fields they do not know', () => {
    const validate = eventCatalog[StandardsEventTypes.termMissed].validate;
    expect(validate(missed)).toEqual([]);
    expect(validate({ ...missed, addedLater: true })).toEqual([]);
  });

  it('name every problem of a broken payload', () => {
    const { termId: _omitted, ...withoutTerm } = missed;
    expect(
      eventCatalog[StandardsEventTypes.termMissed].validate({
        ...withoutTerm,
        dueDate: '2026-02-30',
        missedAt: 'later',
      }),
    ).toEqual([
      'termId is required',
      'dueDate is not a real date',
      'missedAt must be an RFC 3339 timestamp with a time zone',
    ]);
  });
});
