import 'reflect-metadata';
import { validate } from 'class-validator';
import fc from 'fast-check';
import {
  checkDigitOf,
  IsBin,
  IsIin,
  IsIinOrBin,
  isValidBin,
  isValidIin,
  maskIin,
  validateBin,
  validateIin,
} from './index';

/**
 * Fixed vectors, never built with the library's own check digit. Valid IINs are synthetic: born in the
 * 1850s (century digits 1 and 2), so no living person can hold them; the BINs are public ones of state bodies.
 */
const digits = (value: string): number[] => [...value].map(Number);

/** An IIN whose check digit needs the second pass. */
// 5 0 0 1 0 1 | 1 | 0 0 1 0 | 6: born 1 January 1850, male (century digit 1), serial 0010.
// First pass, weights 1..11:  5·1 + 0·2 + 0·3 + 1·4 + 0·5 + 1·6 + 1·7 + 0·8 + 0·9 + 1·10 + 0·11 = 32; 32 mod 11 = 10,
// which is no digit, so the second pass, weights 3..11, 1, 2:
//                             5·3 + 0·4 + 0·5 + 1·6 + 0·7 + 1·8 + 1·9 + 0·10 + 0·11 + 1·1 + 0·2 = 39; 39 mod 11 = 6.
const SECOND_PASS_IIN = '500101100106';
/** Born 15 March 1855, female (century digit 2). First pass: 5+10+0+12+5+30+14+0+0+30+44 = 150; 150 mod 11 = 7. */
const FEMALE_IIN = '550315200347';
/** Born 29 February 1852 (a leap year), female; its check digit also comes from the second pass. */
const LEAP_DAY_IIN = '520229200804';
/** Born 31 December 2099: a date after any "today" these tests use. */
const BORN_2099_IIN = '991231500016';

/** Public BINs of state bodies (the last one's check digit needs the second pass). */
const STATE_BODY_BINS = ['971240001315', '940140000385', '940740000911', '990740002243', '000740001307'];

describe('check digit', () => {
  it('uses the first pass when its remainder is below 10', () => {
    expect(checkDigitOf(digits('55031520034'))).toBe(7);
  });

  it('falls back to the second pass when the first gives 10', () => {
    expect(checkDigitOf(digits('50010110010'))).toBe(6);
  });

  it('has no check digit when both passes give 10', () => {
    // 5·1 + 1·4 + 1·6 + 1·7 + 1·10 + 2·11 = 54 and 5·3 + 1·6 + 1·8 + 1·9 + 1·1 + 2·2 = 43: both 10 mod 11.
    expect(checkDigitOf(digits('50010110012'))).toBeUndefined();
  });
});

describe('IIN', () => {
  const today = '2026-11-26';

  it('accepts a well-formed IIN and reads the birth date and sex', () => {
    expect(validateIin(SECOND_PASS_IIN, { today })).toEqual({
      valid: true,
      birthDate: '1850-01-01',
      sex: 'male',
    });
    expect(validateIin(FEMALE_IIN, { today })).toEqual({
      valid: true,
      birthDate: '1855-03-15',
      sex: 'female',
    });
    expect(validateIin(LEAP_DAY_IIN, { today })).toEqual({
      valid: true,
      birthDate: '1852-02-29',
      sex: 'female',
    });
  });

  it('refuses a wrong check digit', () => {
    expect(validateIin('500101100107', { today })).toEqual({ valid: false, reason: 'wrong_check_digit' });
    expect(validateIin('550315200340', { today })).toEqual({ valid: false, reason: 'wrong_check_digit' });
  });

  it('refuses eleven digits that have no check digit at all', () => {
    for (let last = 0; last <= 9; last += 1) {
      expect(validateIin(`50010110012${last}`, { today })).toEqual({
        valid: false,
        reason: 'no_check_digit_possible',
      });
    }
  });

  it.each([
    ['29 February 1900 (not a leap year)', '000229300015'],
    ['29 February 2001', '010229500129'],
    ['30 February 1850', '500230100121'],
    ['31 April 1850', '500431100124'],
    ['a thirteenth month', '501301100125'],
  ])('refuses an impossible birth date: %s', (_name, iin) => {
    expect(validateIin(iin, { today })).toEqual({ valid: false, reason: 'impossible_birth_date' });
  });

  it('refuses a birth date after today in Kazakhstan, and accepts one born today', () => {
    expect(validateIin(BORN_2099_IIN, { today: '2099-12-30' })).toEqual({
      valid: false,
      reason: 'impossible_birth_date',
    });
    expect(validateIin(BORN_2099_IIN, { today: '2099-12-31' })).toEqual({
      valid: true,
      birthDate: '2099-12-31',
      sex: 'male',
    });
    // Without a day given, today's date in Kazakhstan is used.
    expect(isValidIin(BORN_2099_IIN)).toBe(false);
    expect(isValidIin(SECOND_PASS_IIN)).toBe(true);
  });

  it('refuses a century digit outside 1-6', () => {
    expect(validateIin('500101700128', { today })).toEqual({ valid: false, reason: 'wrong_century_digit' });
    expect(validateIin('500101000123', { today })).toEqual({ valid: false, reason: 'wrong_century_digit' });
  });

  it('refuses non-digits and wrong lengths', () => {
    for (const bad of ['', '50010110010', '5001011001066', '50010110010a', ' 500101100106']) {
      expect(validateIin(bad, { today })).toEqual({ valid: false, reason: 'not_twelve_digits' });
    }
  });

  it('masks an IIN for display', () => {
    expect(maskIin(SECOND_PASS_IIN)).toBe('5001******06');
  });

  it('never accepts a number whose last digit was changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(SECOND_PASS_IIN, FEMALE_IIN, LEAP_DAY_IIN),
        fc.integer({ min: 1, max: 9 }),
        (iin, delta) => !isValidIin(`${iin.slice(0, 11)}${(Number(iin[11]) + delta) % 10}`, { today }),
      ),
    );
  });
});

describe('BIN', () => {
  it.each(STATE_BODY_BINS)('accepts the public BIN %s of a state body', (bin) => {
    expect(validateBin(bin)).toMatchObject({
      valid: true,
      entityType: 'resident_legal_entity',
      attribute: 'head_office',
    });
  });

  it('reads the registration month, the entity type and the attribute', () => {
    expect(validateBin('971240001315')).toEqual({
      valid: true,
      registeredYearMonth: '9712',
      entityType: 'resident_legal_entity',
      attribute: 'head_office',
    });
  });

  it('refuses a wrong check digit, month, entity type or attribute', () => {
    expect(validateBin('971240001316')).toEqual({ valid: false, reason: 'wrong_check_digit' });
    expect(validateBin('971340001319')).toEqual({ valid: false, reason: 'wrong_month' });
    expect(validateBin('971270001319')).toEqual({ valid: false, reason: 'wrong_entity_type' });
    expect(validateBin('971248001319')).toEqual({ valid: false, reason: 'wrong_entity_attribute' });
    expect(isValidBin('97124000131')).toBe(false);
  });
});

describe('decorators', () => {
  class Applicant {
    @IsIin()
    iin!: string;

    @IsBin()
    bin!: string;

    @IsIinOrBin()
    recipient!: string;
  }

  function applicant(values: Partial<Applicant>): Applicant {
    return Object.assign(new Applicant(), {
      iin: SECOND_PASS_IIN,
      bin: '940140000385',
      recipient: '940740000911',
      ...values,
    });
  }

  it('passes valid identifiers', async () => {
    expect(await validate(applicant({}))).toEqual([]);
    expect(await validate(applicant({ recipient: FEMALE_IIN }))).toEqual([]);
  });

  it('explains a refusal in Kazakh and Russian with the reason', async () => {
    const errors = await validate(applicant({ iin: BORN_2099_IIN, recipient: '123' }));
    const byField = Object.fromEntries(
      errors.map((e) => [e.property, Object.values(e.constraints ?? {})[0]]),
    );
    expect(byField.iin).toBe(
      'iin: ЖСН жарамсыз / неверный ИИН — туған күні мүмкін емес (жоқ немесе болашақ күн) / ' +
        'невозможная дата рождения (несуществующая или будущая)',
    );
    expect(byField.recipient).toContain('12 цифрдан тұруы керек / должен состоять из 12 цифр');
  });

  it('refuses values that are not strings', async () => {
    const errors = await validate(Object.assign(applicant({}), { iin: 500101100106 }));
    expect(errors.map((e) => e.property)).toEqual(['iin']);
  });
});
