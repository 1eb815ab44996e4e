import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { isAuthorityRole } from '../organizations/organization.enums';
import {
  DEMO_ACT,
  demoOrganizationId,
  demoOrganizations,
  demoServiceId,
  demoServices,
  inForceFrom,
  type DemoOrganization,
} from './demo-data';

describe('demo registry data', () => {
  const byKey = new Map(demoOrganizations.map((organization) => [organization.key, organization]));

  it('is in force from the first day every seeded body existed, after the act that approved the registry', () => {
    expect(DEMO_ACT).toEqual({
      decreeKind: 'authorised-body-order',
      decreeNumber: '39/НҚ',
      decreeDate: '2020-01-31',
      effectiveDate: '2023-10-01',
    });
  });

  it('names no owner, provider or intake organisation before it took its present form', () => {
    const formedLate = demoServices.flatMap((service) =>
      [service.owner, ...service.providers, ...service.intake]
        .map((key) => byKey.get(key))
        .filter((organization): organization is DemoOrganization => organization?.formed !== undefined)
        .filter((organization) => `${organization.formed ?? ''}-01` >= DEMO_ACT.effectiveDate)
        .map((organization) => `${service.code}: ${organization.key}`),
    );
    expect(formedLate).toEqual([]);
    expect(demoServices.every((service) => byKey.has(service.owner))).toBe(true);
  });

  it('counts from the month after the latest reorganisation, and never before the act', () => {
    const body = (formed?: string): DemoOrganization => ({
      key: formed ?? 'old',
      bin: '990240000010',
      nameKk: 'x',
      nameRu: 'x',
      kind: 'central-state-body',
      roles: [],
      ...(formed ? { formed } : {}),
    });
    expect(inForceFrom([body('2022-06'), body('2023-12'), body()], '2020-01-31')).toBe('2024-01-01');
    expect(inForceFrom([body()], '2020-01-31')).toBe('2020-01-31');
    expect(inForceFrom([body('2019-06')], '2020-01-31')).toBe('2020-01-31');
  });

  it('gives every demo entry and organisation its own id, the same in every run', () => {
    const ids = [
      ...demoServices.map((service) => demoServiceId(service.code)),
      ...demoOrganizations.map((organization) => demoOrganizationId(organization.key)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(demoServiceId('01.01-001')).toBe(ids[0]);
    // The demo users' tokens name their organisations by these.
    expect(demoOrganizationId('justice')).toBe(DEMO_ORGANIZATIONS.ministryOfJustice);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it("D38: designates every authorised body on a recorded act, a stand-in marked as the demo's where it cites none", () => {
    const designated = demoOrganizations.filter((organization) => organization.roles.some(isAuthorityRole));
    expect(designated.map((organization) => [organization.key, organization.designatedBy?.number])).toEqual([
      ['mdd', '501'],
      ['civilService', 'ДЕМО-001'],
      ['justice', 'ДЕМО-002'],
    ]);
    for (const { designatedBy } of designated) {
      if (!designatedBy?.number.startsWith('ДЕМО-')) continue;
      expect(designatedBy.title.kk).toMatch(/ \(демо\)$/);
      expect(designatedBy.title.ru).toMatch(/ \(демо\)$/);
    }
  });

  it('files the State Revenue Committee as a department of the Ministry of Finance', () => {
    expect(byKey.get('revenue')).toMatchObject({ kind: 'department', parent: 'finance' });
    expect(byKey.get('finance')?.kind).toBe('central-state-body');
  });
});
