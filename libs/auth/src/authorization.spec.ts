import { DomainError } from '@kzps/platform';
import { assertOrganization, assertRole, assertSubject, hasRole } from './authorization';
import type { Identity } from './identity';

const officer: Identity = {
  subject: 'u-1',
  roles: ['provider-officer'],
  organizationId: 'org-a',
  expiresAt: new Date(Date.now() + 60_000),
};

function codeOf(action: () => void): string {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return `${error.spec.status} ${error.code}`;
    throw error;
  }
  return 'allowed';
}

describe('authorization helpers', () => {
  it('allows an officer of the owning organisation and refuses another one with 403', () => {
    expect(codeOf(() => assertOrganization(officer, 'org-a'))).toBe('allowed');
    expect(codeOf(() => assertOrganization(officer, 'org-b'))).toBe('403 ORGANIZATION_FORBIDDEN');
  });

  it('refuses organisation access to an identity without an organisation, whatever its role', () => {
    const admin: Identity = { ...officer, roles: ['admin'], organizationId: undefined };
    expect(codeOf(() => assertOrganization(admin, 'org-a'))).toBe('403 ORGANIZATION_FORBIDDEN');
  });

  it('checks roles and subjects', () => {
    expect(hasRole(officer, 'recipient', 'provider-officer')).toBe(true);
    expect(codeOf(() => assertRole(officer, 'owner-officer'))).toBe('403 ROLE_FORBIDDEN');
    expect(codeOf(() => assertSubject(officer, 'u-2'))).toBe('403 SUBJECT_FORBIDDEN');
    expect(codeOf(() => assertSubject(officer, 'u-1'))).toBe('allowed');
  });
});
