import { eventCatalog } from '../events/event-catalog';
import { Topics } from '../topics/topic-names';
import {
  StandardsEventTypes,
  informationUpdateConfirmedEvent,
  informationUpdateOverdueEvent,
  standardInForceEvent,
  termMissedEvent,
  type ReglamentApprovedV1,
} from './standards.events';

// The definitions' own examples: what the AsyncAPI document shows is what these rules are checked on.
const missed = termMissedEvent.example;
const inForce = standardInForceEvent.example;

const reglament: ReglamentApprovedV1 = {
  standardId: 'std-1',
  serviceId: 'svc-1',
  versionId: 'ver-2',
  reglamentId: 'reg-1',
  actKind: 'central_body_order',
  actNumber: '112',
  actDate: '2026-07-01',
  approvedAt: '2026-07-01T09:00:00+05:00',
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
      'dueDate must be a real date, YYYY-MM-DD',
      'missedAt must be an RFC 3339 timestamp with a time zone',
    ]);
  });

  it('accept a standard in force with every Art. 8 item, and its amendment', () => {
    expect(eventCatalog[StandardsEventTypes.standardInForce].validate(inForce)).toEqual([]);
    expect(
      eventCatalog[StandardsEventTypes.standardAmended].validate({
        ...inForce,
        supersededVersionId: 'ver-1',
      }),
    ).toEqual([]);
  });

  it('name each wrong field of a standard in force by its path', () => {
    const { ownerOrganizationId: _omitted, ...withoutOwner } = inForce;
    expect(
      eventCatalog[StandardsEventTypes.standardInForce].validate({
        ...withoutOwner,
        versionNumber: 0,
        resultForms: [],
        term: { ...inForce.term, acceptanceDayCounts: 'yes' },
        fee: { ...inForce.fee, amountKzt: 0 },
        documents: [{ ...inForce.documents[0], perChannel: [{ channel: 'electronic', form: 'copy' }] }],
        refusalGrounds: [{ text: { kk: 'Дәйексіз құжаттар' }, legalBasis: null }],
      }),
    ).toEqual([
      'versionNumber must be >= 1',
      'ownerOrganizationId is required',
      'resultForms must have at least 1 item(s)',
      'term.acceptanceDayCounts must be a boolean, got string',
      'fee.amountKzt must be >= 1',
      'documents[0].perChannel[0].mandatory is required',
      'refusalGrounds[0].text.ru is required',
    ]);
  });

  it('require the amendment to name the version it supersedes', () => {
    expect(eventCatalog[StandardsEventTypes.standardAmended].validate(inForce)).toEqual([
      'supersededVersionId is required',
    ]);
  });

  it('know only the two acts that approve a reglament', () => {
    const validate = eventCatalog[StandardsEventTypes.reglamentApproved].validate;
    expect(validate(reglament)).toEqual([]);
    expect(
      validate({
        ...reglament,
        actKind: 'akimat_resolution',
        approvingOrganizationId: 'org-akimat',
        complete: false,
      }),
    ).toEqual([]);
    expect(validate({ ...reglament, complete: 'no' })).toEqual(['complete must be a boolean, got string']);
    expect(validate({ ...reglament, actKind: 'decree', actDate: '01.07.2026' })).toEqual([
      'actKind must be one of central_body_order, akimat_resolution',
      'actDate must be a real date, YYYY-MM-DD',
    ]);
  });

  it('carry a refused registration with its reasons in both languages', () => {
    const validate = eventCatalog[StandardsEventTypes.registrationRefused].validate;
    const refused = {
      standardId: 'std-1',
      serviceId: 'svc-1',
      versionId: 'ver-2',
      refusalId: 'ref-1',
      reasons: { kk: 'Құқықтық сараптама ескертулері', ru: 'Замечания правовой экспертизы' },
      refusedAt: '2026-06-12T10:00:00+05:00',
    };
    expect(validate(refused)).toEqual([]);
    expect(validate({ ...refused, reasons: { ru: 'Замечания' } })).toEqual(['reasons.kk is required']);
  });

  it('mark a first discussion opened after the Art. 9.5 window as late', () => {
    const validate = eventCatalog[StandardsEventTypes.discussionOpened].validate;
    const opened = {
      standardId: 'std-1',
      serviceId: 'svc-1',
      versionId: 'ver-1',
      openedAt: '2026-05-13T10:00:00+05:00',
      endsAt: '2026-06-12T23:59:59.999+05:00',
    };
    expect(validate(opened)).toEqual([]);
    expect(validate({ ...opened, late: true })).toEqual([]);
    expect(validate({ ...opened, late: 'yes' })).toEqual(['late must be a boolean, got string']);
  });

  it('carry each body’s Art. 17.2 update: overdue once, confirmed with its date and lateness', () => {
    const overdue = eventCatalog[StandardsEventTypes.informationUpdateOverdue];
    const confirmed = eventCatalog[StandardsEventTypes.informationUpdateConfirmed];
    expect(overdue.type).toBe('kz.gov.standards.information-update.overdue.v1');
    expect(overdue.validate(informationUpdateOverdueEvent.example)).toEqual([]);
    expect(confirmed.validate(informationUpdateConfirmedEvent.example)).toEqual([]);
    expect(
      overdue.validate({
        ...informationUpdateOverdueEvent.example,
        roles: ['psc'],
        organizationId: undefined,
      }),
    ).toEqual(['organizationId is required', 'roles[0] must be one of owner, provider']);
    const { late: _late, ...withoutLate } = informationUpdateConfirmedEvent.example;
    expect(confirmed.validate({ ...withoutLate, updatedOn: '2026-07-32' })).toEqual([
      'updatedOn must be a real date, YYYY-MM-DD',
      'late is required',
    ]);
  });
});
