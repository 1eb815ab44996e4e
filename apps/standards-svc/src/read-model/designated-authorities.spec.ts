import { organizationRoles } from '@kzps/contracts';
import {
  designatedAuthorityRoles,
  resolveAuthority,
  unresolvedAuthorityText,
  type AuthorityHolder,
} from './designated-authorities';

const SUCCESSOR_BIN = '250940000012';
const mdd: AuthorityHolder = {
  organizationId: 'f4ff9272-6c4b-4525-8557-6b8fbde3beb9',
  bin: '990640000015',
  name: {
    kk: 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности',
  },
};
const successor: AuthorityHolder = {
  organizationId: '0b6f1c0e-3a57-4a43-9d7e-5a1e2c7b9f10',
  bin: SUCCESSOR_BIN,
  name: {
    kk: 'Жасанды интеллект және цифрлық даму министрлігі',
    ru: 'Министерство искусственного интеллекта и цифрового развития',
  },
};

describe('the designated authorities, found by the roles the registry gives (Art. 7.1-7.3)', () => {
  it('are roles of the registry’s own vocabulary', () => {
    expect(organizationRoles).toEqual(expect.arrayContaining([...designatedAuthorityRoles]));
  });

  it('take the one active organisation holding the role, whatever BIN is configured', () => {
    expect(resolveAuthority('public-services-authority', [mdd])).toEqual({
      status: 'found',
      role: 'public-services-authority',
      organizationId: mdd.organizationId,
    });
    expect(resolveAuthority('public-services-authority', [mdd], SUCCESSOR_BIN)).toMatchObject({
      status: 'found',
      organizationId: mdd.organizationId,
    });
  });

  it('name nobody when no active organisation holds the role', () => {
    expect(resolveAuthority('justice-registration-authority', [], '990240000010')).toEqual({
      status: 'none',
      role: 'justice-registration-authority',
    });
  });

  it('let the configured BIN choose among several holders, and guess nothing without it', () => {
    expect(resolveAuthority('informatization-authority', [mdd, successor], SUCCESSOR_BIN)).toEqual({
      status: 'found',
      role: 'informatization-authority',
      organizationId: successor.organizationId,
    });
    expect(resolveAuthority('informatization-authority', [mdd, successor])).toEqual({
      status: 'ambiguous',
      role: 'informatization-authority',
      holders: [mdd, successor],
    });
    // A BIN that names neither holder chooses nothing.
    expect(resolveAuthority('informatization-authority', [mdd, successor], '990240000010')).toMatchObject({
      status: 'ambiguous',
    });
  });

  it('say in Kazakh and Russian which body is missing, or which organisations all hold its role', () => {
    expect(unresolvedAuthorityText({ status: 'none', role: 'justice-registration-authority' })).toEqual({
      kk: 'Тізілімде «Қазақстан Республикасының Әділет министрлігі» рөлі берілген жұмыс істеп тұрған ұйым жоқ.',
      ru: 'В реестре нет действующей организации с ролью «Министерство юстиции Республики Казахстан».',
    });
    const text = unresolvedAuthorityText({
      status: 'ambiguous',
      role: 'public-services-authority',
      holders: [mdd, successor],
    });
    expect(text.ru).toContain('«уполномоченный орган в сфере государственных услуг»');
    expect(text.ru).toContain(`${mdd.name.ru} (990640000015); ${successor.name.ru} (250940000012)`);
    expect(text.kk).toContain('«мемлекеттік көрсетілетін қызметтер саласындағы уәкілетті орган»');
    expect(text.kk).toContain(`${successor.name.kk} (250940000012)`);
  });
});
