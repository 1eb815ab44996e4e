import { eventCatalog, isKnownEventType } from '../events/event-catalog';
import { Topics } from '../topics/topic-names';
import type { CalendarChangedV1 } from './calendar.events';
import { organizationRoles } from './registry.enums';
import { RegistryEventTypes, type ServiceIncludedV1 } from './registry.events';

const included: ServiceIncludedV1 = {
  serviceId: 'svc-1',
  code: '00101001',
  nameKk: 'Туу туралы куәлік беру',
  nameRu: 'Выдача свидетельства о рождении',
  providerOrganizationIds: ['org-1'],
  channels: ['state-corporation', 'e-government-portal'],
  paid: false,
  termWorkingDays: 1,
  includedAt: '2025-01-15T09:00:00Z',
};

/** The inclusion with every Art. 6.2 field, as registry-svc sends it. */
const includedInFull: ServiceIncludedV1 = {
  ...included,
  legalBasis: 'Постановление Правительства Республики Казахстан от 2025-01-10 № 15',
  ownerOrganizationId: 'org-ministry',
  intakeOrganizationIds: ['org-psc'],
  intakeViaPortal: true,
  recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
  deliveryForm: 'paper-and-electronic',
  deliveryChannels: ['psc', 'specialised-psc', 'e-government-portal'],
  feeLegalBasis: null,
  statutoryBasis: { kk: 'Неке және отбасы туралы кодекс', ru: 'Кодекс о браке и семье' },
  descriptionKk: null,
  descriptionRu: null,
  classifierCode: '01.01',
  version: 2,
  decree: { number: '15', date: '2025-01-10', effectiveDate: '2025-01-15' },
};

describe('registry events', () => {
  it('publishes each aggregate kind to its own topic', () => {
    expect(eventCatalog[RegistryEventTypes.serviceIncluded].topic).toBe(Topics.registryServices);
    expect(eventCatalog[RegistryEventTypes.serviceExcluded].topic).toBe(Topics.registryServices);
    expect(eventCatalog[RegistryEventTypes.organizationUpserted].topic).toBe(Topics.registryOrganizations);
    expect(eventCatalog[RegistryEventTypes.calendarChanged].topic).toBe(Topics.registryCalendar);
  });

  it('keys the catalog by the definition type, with a version suffix', () => {
    for (const [type, definition] of Object.entries(eventCatalog)) {
      expect(definition.type).toBe(type);
      expect(type).toMatch(/\.v\d+$/);
      expect(isKnownEventType(type)).toBe(true);
    }
    expect(isKnownEventType('kz.gov.registry.service.included.v9')).toBe(false);
  });

  it('accepts a complete service inclusion and ignores fields it does not know', () => {
    const validate = eventCatalog[RegistryEventTypes.serviceIncluded].validate;
    expect(validate(included)).toEqual([]);
    expect(validate({ ...included, addedInALaterMinorChange: 'x' })).toEqual([]);
  });

  it('names every problem of a broken service inclusion', () => {
    const validate = eventCatalog[RegistryEventTypes.serviceIncluded].validate;
    const { nameRu: _omitted, ...withoutName } = included;
    expect(
      validate({ ...withoutName, channels: ['fax'], termWorkingDays: 1.5, includedAt: 'yesterday' }),
    ).toEqual([
      'nameRu is required',
      'channels[0] must be one of provider, state-corporation, e-government-portal',
      'termWorkingDays must be an integer, got number',
      'includedAt must be an RFC 3339 timestamp with a time zone',
    ]);
    expect(validate(null)).toEqual(['payload must be an object, got null']);
  });

  it('accepts the entry with every Art. 6.2 field, and still the entry without the fields added in v1', () => {
    const validate = eventCatalog[RegistryEventTypes.serviceIncluded].validate;
    expect(validate(includedInFull)).toEqual([]);
    expect(validate(included)).toEqual([]);
    expect(
      eventCatalog[RegistryEventTypes.serviceAmended].validate({
        ...includedInFull,
        feeLegalBasis: { kk: 'Салық кодексі', ru: 'Налоговый кодекс' },
        amendedAt: '2025-02-01T00:00:00+05:00',
      }),
    ).toEqual([]);
  });

  it('names each wrong Art. 6.2 field of an inclusion', () => {
    expect(
      eventCatalog[RegistryEventTypes.serviceIncluded].validate({
        ...includedInFull,
        ownerOrganizationId: '',
        intakeViaPortal: 'yes',
        recipientTypes: [],
        deliveryForm: 'fax',
        deliveryChannels: ['courier'],
        feeLegalBasis: { kk: 'Салық кодексі' },
        decree: { ...includedInFull.decree, effectiveDate: '2025-02-30' },
      }),
    ).toEqual([
      'ownerOrganizationId must have at least 1 character(s)',
      'intakeViaPortal must be a boolean, got string',
      'recipientTypes must have at least 1 item(s)',
      'deliveryForm must be one of paper, electronic, paper-and-electronic',
      'deliveryChannels[0] must be one of provider, psc, specialised-psc, e-government-portal',
      'feeLegalBasis.ru is required',
      'decree.effectiveDate must be a real date, YYYY-MM-DD',
    ]);
  });

  it('accepts a decree that names its kind of act and title, and one that predates them', () => {
    const validate = eventCatalog[RegistryEventTypes.serviceIncluded].validate;
    const order = {
      ...includedInFull.decree,
      kind: 'authorised-body-order',
      title: {
        kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның 2020 жылғы 31 қаңтардағы № 39/НҚ бұйрығы',
        ru: 'Приказ уполномоченного органа в сфере оказания государственных услуг от 31 января 2020 г. № 39/НҚ',
      },
    };
    expect(validate({ ...includedInFull, decree: order })).toEqual([]);
    expect(validate(includedInFull)).toEqual([]);
    expect(
      validate({ ...includedInFull, decree: { ...order, kind: 'decree', title: { kk: 'Бұйрық' } } }),
    ).toEqual([
      'decree.kind must be one of government-resolution, authorised-body-order',
      'decree.title.ru is required',
    ]);
  });

  it('accepts an exclusion carrying the whole entry, and one sent before it carried it', () => {
    const validate = eventCatalog[RegistryEventTypes.serviceExcluded].validate;
    const { includedAt: _included, ...entry } = includedInFull;
    const exclusion = { serviceId: 'svc-1', excludedAt: '2025-12-01T00:00:00+05:00', reasonRu: 'Проактивно' };
    expect(validate({ ...entry, ...exclusion, reasonKk: 'Проактивті', version: 4 })).toEqual([]);
    expect(validate(exclusion)).toEqual([]);
    expect(validate({ ...exclusion, deliveryForm: 'fax', channels: [] })).toEqual([
      'channels must have at least 1 item(s)',
      'deliveryForm must be one of paper, electronic, paper-and-electronic',
    ]);
  });

  it('refuses a BIN that is not 12 digits', () => {
    const problems = eventCatalog[RegistryEventTypes.organizationUpserted].validate({
      organizationId: 'org-1',
      bin: '12345',
      nameKk: 'Әділет министрлігі',
      nameRu: 'Министерство юстиции',
      kind: 'central-state-body',
      parentOrganizationId: null,
      active: true,
      updatedAt: '2025-01-15T09:00:00+05:00',
    });
    expect(problems).toEqual(['bin must be a 12-digit BIN']);
  });

  describe('the identifier an organisation carries', () => {
    const validate = eventCatalog[RegistryEventTypes.organizationUpserted].validate;
    const notary = {
      organizationId: 'org-9',
      iinMasked: '8501******23',
      nameKk: 'Нотариус Ахметова А.',
      nameRu: 'Нотариус Ахметова А.',
      kind: 'individual',
      active: true,
      updatedAt: '2025-01-15T09:00:00+05:00',
    };

    it('accepts an individual provider by masked IIN, without a BIN', () => {
      expect(validate(notary)).toEqual([]);
    });

    it('refuses a whole IIN, or a BIN, for an individual provider', () => {
      expect(validate({ ...notary, iinMasked: '850101300123' })).toEqual([
        'iinMasked must be a masked IIN like 8501******23',
      ]);
      expect(validate({ ...notary, bin: '990240000010' })).toEqual(['bin must be absent for an individual']);
      const { iinMasked: _omitted, ...withoutIin } = notary;
      expect(validate(withoutIin)).toEqual(['iinMasked is required for an individual']);
    });

    it('still requires a BIN of every other organisation', () => {
      const { iinMasked: _omitted, ...ministry } = { ...notary, kind: 'central-state-body' };
      expect(validate(ministry)).toEqual(['bin is required']);
      expect(validate({ ...ministry, bin: '990240000010' })).toEqual([]);
      expect(validate({ ...ministry, bin: '990240000010', iinMasked: '8501******23' })).toEqual([
        'iinMasked is only for an individual',
      ]);
    });
  });

  it('takes the roles of an organisation from the registry’s vocabulary, and events sent before them without', () => {
    const validate = eventCatalog[RegistryEventTypes.organizationUpserted].validate;
    const justice = {
      organizationId: 'org-justice',
      bin: '990240000010',
      nameKk: 'Әділет министрлігі',
      nameRu: 'Министерство юстиции',
      kind: 'central-state-body',
      active: true,
      updatedAt: '2025-01-15T09:00:00+05:00',
    };
    expect(validate(justice)).toEqual([]);
    expect(validate({ ...justice, roles: ['service-owner', 'justice-registration-authority'] })).toEqual([]);
    expect(validate({ ...justice, roles: [] })).toEqual([]);
    expect(validate({ ...justice, roles: ['registrar'] })).toEqual([
      `roles[0] must be one of ${organizationRoles.join(', ')}`,
    ]);
    expect(validate({ ...justice, roles: 'justice-registration-authority' })).toEqual([
      'roles must be an array, got string',
    ]);
  });

  it('refuses calendar amendments with dates that do not exist, naming each', () => {
    const change: CalendarChangedV1 = {
      revision: 3,
      changedAt: '2026-11-20T09:00:00Z',
      change: { action: 'recorded', amendmentId: 'a-2', years: [2027] },
      amendments: [
        {
          id: 'a-1',
          kind: 'transfer',
          from: '2027-01-09',
          to: '2027-01-08',
          legalBasis: 'Order',
          recordedAt: '2026-11-19T09:00:00Z',
        },
        {
          id: 'a-2',
          kind: 'day_off',
          date: '2027-02-30',
          legalBasis: 'Order',
          recordedAt: '2026-11-20T09:00:00Z',
        },
      ],
    };
    expect(eventCatalog[RegistryEventTypes.calendarChanged].validate(change)).toEqual([
      'amendments[1].date must be a real date, YYYY-MM-DD',
    ]);
    expect(eventCatalog[RegistryEventTypes.calendarChanged].validate({ ...change, revision: 0 })).toEqual([
      'revision must be >= 1',
      'amendments[1].date must be a real date, YYYY-MM-DD',
    ]);
  });
});
