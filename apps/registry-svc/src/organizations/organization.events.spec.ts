import { RegistryEventTypes, eventCatalog } from '@kzps/contracts';
import { Organization } from './organization.entity';
import { organizationUpserted } from './organization.events';

const validate = eventCatalog[RegistryEventTypes.organizationUpserted].validate;

function organization(overrides: Partial<Organization>): Organization {
  return Object.assign(new Organization(), {
    id: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
    bin: '990240000010',
    iin: null,
    nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameRu: 'Министерство юстиции Республики Казахстан',
    kind: 'central-state-body',
    level: null,
    roles: ['service-owner', 'provider', 'justice-registration-authority'],
    parentId: null,
    regionKato: '710000000',
    active: true,
    version: 3,
    createdAt: new Date('2026-01-10T04:00:00Z'),
    updatedAt: new Date('2026-02-01T04:00:00Z'),
    ...overrides,
  });
}

describe('organization.upserted.v1 as the registry publishes it', () => {
  it('carries the organisation’s roles, so consumers find the Ministry of Justice and the authorities by them', () => {
    const payload = organizationUpserted(organization({}));
    expect(payload.roles).toEqual(['service-owner', 'provider', 'justice-registration-authority']);
    expect(validate(payload)).toEqual([]);
  });

  it('publishes an organisation that plays no part yet with an empty list, not without the field', () => {
    const payload = organizationUpserted(organization({ roles: [] }));
    expect(payload).toHaveProperty('roles', []);
    expect(validate(payload)).toEqual([]);
  });
});
