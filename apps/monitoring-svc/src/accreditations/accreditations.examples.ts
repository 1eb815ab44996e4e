import type { AccreditationView } from './accreditations.service';

/** The ids and texts the OpenAPI document shows. */
export const AccreditationExamples = {
  accreditationId: '7c2e9d10-0001-4000-8000-00000000ac01',
  ngoOrganizationId: 'e1a2b3c4-0001-4000-8000-0000000000e0',
  ngoBin: '120340012345',
  ngoName: { kk: '«Ашық қоғам» қоғамдық қоры', ru: 'Общественный фонд «Открытое общество»' },
  scope: {
    kk: 'Халыққа қызмет көрсету орталықтарындағы әлеуметтік қызметтердің сапасын мониторингтеу',
    ru: 'Мониторинг качества социальных услуг в центрах обслуживания населения',
  },
  reason: {
    kk: 'Мониторинг әдістемесі екі рет бұзылды',
    ru: 'Дважды нарушена методика мониторинга',
  },
} as const;

const X = AccreditationExamples;

export const exampleAccreditation: AccreditationView = {
  accreditationId: X.accreditationId,
  ngoOrganizationId: X.ngoOrganizationId,
  ngoBin: X.ngoBin,
  ngoName: { ...X.ngoName },
  scope: { ...X.scope },
  appliedAt: '2026-08-10T05:00:00.000Z',
  status: 'granted',
  qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
  decidedOn: '2026-08-25',
  validFrom: '2026-09-01',
  validUntil: '2029-08-31',
  refusalReason: null,
  suspendedOn: null,
  suspensionReason: null,
  revokedOn: null,
  revocationReason: null,
  inForceToday: true,
};
