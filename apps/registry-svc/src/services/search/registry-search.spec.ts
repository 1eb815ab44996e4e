import { codePrefixPattern, prefixQuery } from './registry-search.service';

describe('search query text', () => {
  it('matches a registry code or its beginning as a prefix of the code', () => {
    expect(codePrefixPattern('01.01-001')).toBe('01.01-001%');
    expect(codePrefixPattern(' 10-0 ')).toBe('10-0%');
    expect(codePrefixPattern('04.01')).toBe('04.01%');
    expect(codePrefixPattern('IMP-12')).toBe('imp-12%');
  });

  it('leaves words, and codes among words, to the text search', () => {
    expect(codePrefixPattern('тіркеу')).toBeNull();
    expect(codePrefixPattern('registration')).toBeNull();
    expect(codePrefixPattern('справка 10-001')).toBeNull();
    expect(codePrefixPattern('10%')).toBeNull();
    expect(prefixQuery('Баланың ТУУЫН')).toBe('баланың:* & тууын:*');
  });
});
