import type { OrganizationRole } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/**
 * The bodies this service needs that the Government designates rather than the service naming them:
 * Art. 7.1 the public-services authority, Art. 7.3 and 10.4 the informatization authority, Art. 7.2 the
 * Ministry of Justice. Each is the organisation the registry gives the role to.
 */
export const designatedAuthorityRoles = [
  'public-services-authority',
  'informatization-authority',
  'justice-registration-authority',
] as const satisfies readonly OrganizationRole[];
export type DesignatedAuthorityRole = (typeof designatedAuthorityRoles)[number];

/** Each body in the Law's words (Art. 7.2-7.3). */
export const designatedAuthorityNames: Record<DesignatedAuthorityRole, Bilingual> = {
  'public-services-authority': {
    kk: 'мемлекеттік көрсетілетін қызметтер саласындағы уәкілетті орган',
    ru: 'уполномоченный орган в сфере государственных услуг',
  },
  'informatization-authority': {
    kk: 'ақпараттандыру саласындағы уәкілетті орган',
    ru: 'уполномоченный орган в сфере информатизации',
  },
  'justice-registration-authority': {
    kk: 'Қазақстан Республикасының Әділет министрлігі',
    ru: 'Министерство юстиции Республики Казахстан',
  },
};

/** An active organisation the registry gives the role to. */
export interface AuthorityHolder {
  organizationId: string;
  bin: string | null;
  name: Bilingual;
}

export type AuthorityResolution =
  | { status: 'found'; role: DesignatedAuthorityRole; organizationId: string }
  | { status: 'none'; role: DesignatedAuthorityRole }
  | { status: 'ambiguous'; role: DesignatedAuthorityRole; holders: AuthorityHolder[] };

/** No organisation, or more than one, can be named for the role. */
export type UnresolvedAuthority = Exclude<AuthorityResolution, { status: 'found' }>;

/**
 * The one active organisation holding the role. Several hold it (the registry part-way through recording
 * a re-designation): the configured BIN chooses among them, or nobody is guessed. The BIN never overrides
 * the registry: it is ignored when one organisation holds the role, and names nobody who does not hold it.
 */
export function resolveAuthority(
  role: DesignatedAuthorityRole,
  holders: readonly AuthorityHolder[],
  tieBreakerBin?: string,
): AuthorityResolution {
  const [only, ...others] = holders;
  if (!only) return { status: 'none', role };
  if (others.length === 0) return { status: 'found', role, organizationId: only.organizationId };
  const chosen = tieBreakerBin ? holders.find((h) => h.bin === tieBreakerBin) : undefined;
  return chosen
    ? { status: 'found', role, organizationId: chosen.organizationId }
    : { status: 'ambiguous', role, holders: [...holders] };
}

/** Why the body cannot be named, for the person who reads the problem (Kazakh and Russian). */
export function unresolvedAuthorityText(resolution: UnresolvedAuthority): Bilingual {
  const name = designatedAuthorityNames[resolution.role];
  if (resolution.status === 'none') {
    return {
      kk: `Тізілімде «${name.kk}» рөлі берілген жұмыс істеп тұрған ұйым жоқ.`,
      ru: `В реестре нет действующей организации с ролью «${name.ru}».`,
    };
  }
  const listed = (language: keyof Bilingual): string =>
    resolution.holders.map((h) => `${h.name[language]} (${h.bin ?? '—'})`).join('; ');
  return {
    kk: `Тізілімде «${name.kk}» рөлі бірнеше жұмыс істеп тұрған ұйымға берілген: ${listed('kk')}. Тізілім біреуін ғана көрсетуі тиіс.`,
    ru: `В реестре роль «${name.ru}» имеют несколько действующих организаций: ${listed('ru')}. Реестр должен указать одну.`,
  };
}
