import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { WorkingCalendar } from '@kzps/calendar';
import { ApiUuidParam } from '@kzps/platform';
import { KazakhstanTermCalendar } from '../clocks/kazakhstan-term-calendar';
import type { TermCalendar } from '../clocks/term-calendar';

/*
 * The story the OpenAPI examples tell, so that each example fits the others: the standard of the demo
 * registry's 01.02-001, the childbirth allowance of the Ministry of Labour (through PSCs and the e-government
 * portal). Included on 1 June 2026, discussed until 1 July, agreed by the Ministry of Digital Development as
 * both authorities (Art. 7.1, 7.3), approved by the minister's order of 8 July, registered by the Ministry of Justice on 9 July, then its reglament
 * (ordered on 20 July) and an amendment on a recommendation of the quality authority.
 *
 * The service and the organisations are the demo registry's (the embedded run seeds them under these ids),
 * so an example sent from /docs names what exists there. A standard and everything under it get their ids
 * here when the registry's inclusion arrives, different in every database: look the standard up by serviceId.
 */
export const exampleIds = {
  /** registry-svc's demo 01.02-001 (its name-based `demoServiceId`, copied: an app never imports another). */
  childbirthAllowance: '2d10059c-7171-5691-a48a-f0c75ac4b04a',
  ministryOfLabour: DEMO_ORGANIZATIONS.ministryOfLabour,
  ministryOfDigitalDevelopment: DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment,
  ministryOfJustice: DEMO_ORGANIZATIONS.ministryOfJustice,
  almatyAkimat: DEMO_ORGANIZATIONS.almatyAkimat,
  standard: '04c8d2ba-560f-43ea-a95e-14fb65b79dd1',
  /** Version 1, the adoption. */
  adoption: '9e7b8d90-c53d-4abd-883c-1f7c7df8e553',
  /** Version 2, the amendment. */
  amendment: '8ac0d2d7-90fd-42eb-a6f7-04edc613f4d9',
  citizenProposal: 'd2eafedf-7c9d-400d-9be9-ef200adfea0b',
  companyProposal: 'a0a7ec94-7e34-44f5-8dff-c0fc3510a680',
  notice: '017761cc-bd9a-4aac-9e80-64704aa98014',
  authorityApproval: '84385ffb-d554-43ad-ae5c-1854588b47a9',
  informatizationApproval: 'dff0e63f-003f-4e76-9c6a-9e7a4d545dc5',
  refusal: '9b81caf2-72dc-485c-b214-8e18757984f9',
  reglament: '1724b585-60ff-4f01-8d4c-cd211264275f',
  adoptionTerm: 'e4cdf9d2-beed-43eb-9218-19d35d064579',
  discussionTerm: 'ab5b6241-fdca-4b5e-a177-511cda835dae',
  publicationTerm: 'fe9b9a5f-a218-4b4d-8405-19a224ef6c95',
  reglamentTerm: 'ecef5a69-4955-4ff4-9e76-86cfebe4debd',
} as const;

/** When each step of the story happens (UTC; Kazakhstan is UTC+5, so 05:00Z is 10:00 there). */
export const exampleTimes = {
  includedAt: '2026-06-01T05:00:00.000Z',
  discussionOpenedAt: '2026-06-02T05:00:00.000Z',
  citizenProposalAt: '2026-06-15T09:12:00.000Z',
  companyProposalAt: '2026-06-22T06:40:00.000Z',
  outcomesAt: '2026-07-02T05:00:00.000Z',
  noticeAt: '2026-07-03T05:00:00.000Z',
  returnedAt: '2026-07-07T06:00:00.000Z',
  refusedAt: '2026-07-08T05:30:00.000Z',
  approvedAt: '2026-07-08T09:00:00.000Z',
  approvingActRecordedAt: '2026-07-08T11:00:00.000Z',
  registeredAt: '2026-07-09T05:00:00.000Z',
  /** The order's first official publication entered by the ministry: in force ten days after (D31). */
  officialPublicationRecordedAt: '2026-07-10T05:00:00.000Z',
  /** The public information updated (Art. 17.2) the day after the standard entered into force. */
  publishedAt: '2026-07-21T05:00:00.000Z',
  reglamentDraftedAt: '2026-07-21T06:00:00.000Z',
  reglamentAgreedAt: '2026-07-23T05:00:00.000Z',
  reglamentOrderedAt: '2026-07-27T05:00:00.000Z',
  amendmentStartedAt: '2026-09-15T05:00:00.000Z',
} as const;

/** The dates the acts of the story bear (Kazakhstan). */
export const exampleDates = {
  /** The minister's order approving the standard, signed the day the last body agreed it (Art. 7.1). */
  approvingAct: '2026-07-08',
  registration: '2026-07-09',
  /** The order published in the Reference Control Bank the day it was registered. */
  firstPublication: '2026-07-09',
  /** The order states no day of its own: ten calendar days after its publication (Law "On legal acts"). */
  inForce: '2026-07-20',
  /** A day an act may state for its entry into force, as the property's example. */
  statedInForce: '2026-08-01',
  reglamentOrder: '2026-07-27',
  asOf: '2026-08-03',
} as const;

/** The calendar library over its own data, as the terms in the examples are counted. */
export const exampleCalendar: TermCalendar = new KazakhstanTermCalendar(() => new WorkingCalendar());

/** The `{id}` of a standard. */
export const ApiStandardId = (): MethodDecorator =>
  ApiUuidParam(
    'id',
    exampleIds.standard,
    'The standard: made when the registry includes the service, so find it by `serviceId` in the list',
  );

export const ApiVersionId = (): MethodDecorator =>
  ApiUuidParam('versionId', exampleIds.amendment, 'A version of the standard (version 2, the amendment)');
