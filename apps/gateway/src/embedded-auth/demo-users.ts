import { type IdentityClaimsInput } from '@kzps/auth';
import { DEMO_ORGANIZATIONS, DEMO_RECIPIENTS } from '@kzps/auth/testing';

export interface DemoUser extends IdentityClaimsInput {
  username: string;
}

/**
 * One demo user per role for the embedded run (never production: the gateway refuses to start with the
 * embedded issuer when NODE_ENV=production). IINs and BINs carry valid check digits but belong to nobody.
 * Organisation ids are the registry demo seed's (DEMO_ORGANIZATIONS).
 */

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'recipient',
    subject: '0acf45b1-4a34-4d45-a22f-6c6a4df5236e',
    roles: ['recipient'],
    iin: DEMO_RECIPIENTS.citizenIin,
    name: 'Айгерим Сапарова',
  },
  {
    username: 'business',
    subject: '3bfa6cfa-c12e-4301-a4f9-ba559948bbe1',
    roles: ['recipient'],
    bin: DEMO_RECIPIENTS.companyBin,
    name: 'ТОО «Дала Агро»',
  },
  {
    username: 'operator',
    subject: '5662406b-9e18-4f25-a774-1692a475a663',
    roles: ['psc-operator'],
    organizationId: DEMO_ORGANIZATIONS.stateCorporation,
    pscId: 'psc-almaty-bostandyk-01',
    name: 'Ержан Тулегенов',
  },
  {
    username: 'provider',
    subject: '699f9741-b6f8-4136-8077-9a81056c34cd',
    roles: ['provider-officer'],
    organizationId: DEMO_ORGANIZATIONS.almatyAkimat,
    name: 'Гульнара Ахметова',
  },
  {
    username: 'owner',
    subject: '36da29d2-a358-4522-a3a5-54890ce41251',
    roles: ['owner-officer'],
    organizationId: DEMO_ORGANIZATIONS.ministryOfLabour,
    name: 'Нурлан Бекмухамбетов',
  },
  {
    username: 'authority',
    subject: '8e1d2f5c-4b7a-4c3e-9f10-2a6b8c4d7e01',
    roles: ['public-services-authority'],
    organizationId: DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment,
    name: 'Асель Жунусова',
  },
  {
    username: 'quality',
    subject: '1f9c7a3e-6d2b-4e8f-a5c1-7b3d9e2f4a02',
    roles: ['quality-authority'],
    organizationId: DEMO_ORGANIZATIONS.civilServiceAgency,
    name: 'Данияр Искаков',
  },
  {
    username: 'informatization',
    subject: '4c2e8b6a-9d1f-4a7c-b3e5-6f8a2d1c9b03',
    roles: ['informatization-authority'],
    organizationId: DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment,
    name: 'Марат Сулейменов',
  },
  {
    username: 'justice',
    subject: '7a5d3c1e-2b9f-4d6a-8c4e-1e7b5a3f2c04',
    roles: ['justice-officer'],
    organizationId: DEMO_ORGANIZATIONS.ministryOfJustice,
    name: 'Жанна Омарова',
  },
  {
    username: 'ngo',
    subject: '9b3f1d7c-5e2a-4b8d-a6f3-3c9e7b1d5a05',
    roles: ['ngo-monitor'],
    organizationId: DEMO_ORGANIZATIONS.publicMonitoringNgo,
    name: 'Алия Касымова',
  },
  {
    username: 'admin',
    subject: '2d8a6f4c-1b3e-4f9a-8d7c-5a1f3b9e7d06',
    roles: ['admin'],
    name: 'Администратор системы',
  },
];

/** The password of every demo user; documented in the README, usable only in the embedded run. */
export const DEMO_PASSWORD = 'demo';
