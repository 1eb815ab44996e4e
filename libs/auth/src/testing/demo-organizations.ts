/**
 * Fixed ids of the organisations the embedded run's demo users belong to. The gateway's embedded issuer puts
 * them in the demo tokens and registry-svc's demo seed creates the organisations under the same ids, so a
 * demo ministry officer really is an officer of the seeded ministry (never used in production).
 */
export const DEMO_ORGANIZATIONS = {
  stateCorporation: '6a540eee-bd8e-4f05-ba48-340ee393a4f3',
  almatyAkimat: 'b11dcfae-f7b9-4155-b0d4-503978098c1f',
  ministryOfLabour: 'db7bb6d6-d7f4-428a-823f-052440872054',
  ministryOfDigitalDevelopment: 'f4ff9272-6c4b-4525-8557-6b8fbde3beb9',
  civilServiceAgency: 'ffb12e5b-808d-4963-b54b-047a1c4d63fb',
  ministryOfJustice: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  publicMonitoringNgo: '68d1364f-42db-4ff9-964d-9d6a266723d0',
} as const;

/**
 * The demo recipients' identifiers (valid check digits, belonging to nobody): the gateway's demo users
 * `recipient` and `business` carry them, and complaints-svc's demo complaints are theirs.
 */
export const DEMO_RECIPIENTS = {
  citizenIin: '900315401233',
  companyBin: '190840004325',
} as const;
