import type { IdentityClaimsInput, Role } from '@kzps/auth';
import { exampleIds } from '../common/api-examples';
import { largeFamiliesAllowance } from '../transition/transition.examples';
import type { TestOrganization, TestService } from './harness';

/*
 * The embedded run's demo as this service sees it: registry-svc's demo seed (apps/registry-svc/src/seed/
 * demo-data.ts) and the gateway's demo users (apps/gateway/src/embedded-auth/demo-users.ts), copied, since
 * an app never imports another. The organisations the demo users belong to, with the roles the seed gives.
 */

export const labour: TestOrganization = {
  id: exampleIds.ministryOfLabour,
  bin: '010140000014',
  kind: 'central-state-body',
  roles: ['service-owner', 'provider'],
  name: {
    kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
    ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
  },
};

export const digitalDevelopment: TestOrganization = {
  id: exampleIds.ministryOfDigitalDevelopment,
  bin: '990640000015',
  kind: 'central-state-body',
  roles: ['service-owner', 'public-services-authority', 'informatization-authority'],
  name: {
    kk: 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
  },
};

export const ministryOfJustice: TestOrganization = {
  id: exampleIds.ministryOfJustice,
  bin: '990240000010',
  kind: 'central-state-body',
  roles: ['service-owner', 'provider', 'justice-registration-authority'],
  name: {
    kk: 'Қазақстан Республикасының Әділет министрлігі',
    ru: 'Министерство юстиции Республики Казахстан',
  },
};

/** The seed's 01.02-001: the Ministry of Labour's childbirth allowance, through a PSC and the portal. */
export const childbirthAllowance: TestService = {
  id: exampleIds.childbirthAllowance,
  ownerId: labour.id,
  providerIds: [labour.id],
  channels: ['state-corporation', 'e-government-portal'],
  entry: {
    code: '01.02-001',
    nameKk: 'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны тағайындау',
    nameRu: 'Назначение единовременного государственного пособия в связи с рождением ребенка',
    deliveryChannels: ['psc', 'e-government-portal'],
    deliveryForm: 'paper-and-electronic',
    termWorkingDays: 8,
  },
};

/**
 * The seed's 01.02-002: the Ministry of Labour's allowance to large families, included (as every seeded entry)
 * by the registry's decree of 31 January 2020: history, whose standard in force is imported (Art. 25).
 */
export const largeFamilies: TestService = {
  id: largeFamiliesAllowance,
  ownerId: labour.id,
  providerIds: [labour.id],
  channels: ['state-corporation', 'e-government-portal'],
  entry: {
    code: '01.02-002',
    nameKk: 'Көпбалалы отбасыларға мемлекеттік жәрдемақы тағайындау',
    nameRu: 'Назначение государственного пособия многодетным семьям',
    deliveryChannels: ['psc', 'e-government-portal'],
    deliveryForm: 'paper-and-electronic',
    termWorkingDays: 8,
  },
};
export const demoDecreeEffectiveAt = new Date('2020-01-30T18:00:00Z');

const officer = (subject: string, role: Role, organizationId: string): IdentityClaimsInput => ({
  subject,
  roles: [role],
  organizationId,
});

/** The demo users who take part in a standard's life. */
export const demoUsers = {
  recipient: { subject: '0acf45b1-4a34-4d45-a22f-6c6a4df5236e', roles: ['recipient'], iin: '900315401233' },
  business: { subject: '3bfa6cfa-c12e-4301-a4f9-ba559948bbe1', roles: ['recipient'], bin: '190840004325' },
  owner: officer('36da29d2-a358-4522-a3a5-54890ce41251', 'owner-officer', labour.id),
  authority: officer(
    '8e1d2f5c-4b7a-4c3e-9f10-2a6b8c4d7e01',
    'public-services-authority',
    digitalDevelopment.id,
  ),
  informatization: officer(
    '4c2e8b6a-9d1f-4a7c-b3e5-6f8a2d1c9b03',
    'informatization-authority',
    digitalDevelopment.id,
  ),
  justice: officer('7a5d3c1e-2b9f-4d6a-8c4e-1e7b5a3f2c04', 'justice-officer', ministryOfJustice.id),
} satisfies Record<string, IdentityClaimsInput>;
