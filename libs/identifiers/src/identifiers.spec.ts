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

/** Completes eleven digits with their check digit (test numbers are built, not copied from real people). */
function withCheckDigit(firstEleven: string): string {
  const check = checkDigitOf([...firstEleven].map(Number));
  if (check === undefined) throw new Error(`${firstEleven} has no check digit`);
  return `${firstEleven}${check}`;
}

describe('check digit', () => {
  it('uses the first pass when its remainder is below 10', () => {
    // 1*8+2*5+3*0+4*1+5*0+6*1+7*3+8*0+9*0+10*1+11*2 = 81; 81 mod 11 = 4
    expect(checkDigitOf([8, 5, 0, 1, 0, 1, 3, 0, 0, 1, 2])).toBe(4);
  });

  it('falls back to the second pass when the first gives 10', () => {
    // first pass: 1*1 + 11*0 ... choose digits so the first remainder is 10
    const digits = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]; // 10*1 = 10 -> second pass: 1*1 = 1
    expect(checkDigitOf(digits)).toBe(1);
  });

  it('has no check digit when both passes give 10', () => {
    // first pass 10*1 + 11*x, second pass 1*1 + 2*x: x = 0 gives 10 then 1; search for a double 10.
    const doubleTen = fc
      .sample(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }), 20000)
      .find(
        (digits) =>
          digits.reduce((s, d, i) => s + d * (i + 1), 0) % 11 === 10 &&
          digits.reduce((s, d, i) => s + d * (i < 9 ? i + 3 : i - 8), 0) % 11 === 10,
      );
    expect(doubleTen).toBeDefined();
    expect(checkDigitOf(doubleTen ?? [])).toBeUndefined();
  });
});

describe('IIN', () => {
  const male1985 = withCheckDigit('85010130012');
  const female2003 = withCheckDigit('03022960045'); // 29 Feb 2004 would be real; 2003 is not leap
  const leapFemale = withCheckDigit('04022960045');

  it('accepts a well-formed IIN and reads the birth date and sex', () => {
    expect(validateIin(male1985)).toEqual({ valid: true, birthDate: '1985-01-01', sex: 'male' });
    expect(validateIin(leapFemale)).toEqual({ valid: true, birthDate: '2004-02-29', sex: 'female' });
  });

  it('refuses a wrong check digit', () => {
    const wrong = `${male1985.slice(0, 11)}${(Number(male1985[11]) + 1) % 10}`;
    expect(validateIin(wrong)).toEqual({ valid: false, reason: 'wrong_check_digit' });
  });

  it('refuses an impossible birth date', () => {
    expect(validateIin(female2003)).toEqual({ valid: false, reason: 'impossible_birth_date' });
    expect(validateIin(withCheckDigit('85023030012'))).toEqual({
      valid: false,
      reason: 'impossible_birth_date',
    });
    expect(validateIin(withCheckDigit('85130130012'))).toEqual({
      valid: false,
      reason: 'impossible_birth_date',
    });
  });

  it('refuses a century digit outside 1-6', () => {
    expect(validateIin(withCheckDigit('85010170012'))).toEqual({
      valid: false,
      reason: 'wrong_century_digit',
    });
    expect(validateIin(withCheckDigit('85010100012'))).toEqual({
      valid: false,
      reason: 'wrong_century_digit',
    });
  });

  it('refuses non-digits and wrong lengths', () => {
    for (const bad of ['', '85010130012', '8501013001234', '85010130012a', ' 850101300124']) {
      expect(validateIin(bad)).toEqual({ valid: false, reason: 'not_twelve_digits' });
    }
  });

  it('masks an IIN for display', () => {
    expect(maskIin('850101300124')).toBe('8501******24');
  });

  it('never accepts a number whose last digit was changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (delta) => {
        const changed = `${male1985.slice(0, 11)}${(Number(male1985[11]) + delta) % 10}`;
        return !isValidIin(changed);
      }),
    );
  });
});

describe('BIN', () => {
  const bin = withCheckDigit('19084000432');

  it('accepts a well-formed BIN and reads its parts', () => {
    expect(validateBin(bin)).toEqual({
      valid: true,
      registeredYearMonth: '1908',
      entityType: 'resident_legal_entity',
      attribute: 'head_office',
    });
  });

  it('refuses a wrong check digit, month, entity type or attribute', () => {
    expect(validateBin(`${bin.slice(0, 11)}${(Number(bin[11]) + 3) % 10}`)).toEqual({
      valid: false,
      reason: 'wrong_check_digit',
    });
    expect(validateBin(withCheckDigit('19134000432'))).toEqual({ valid: false, reason: 'wrong_month' });
    expect(validateBin(withCheckDigit('19087000432'))).toEqual({ valid: false, reason: 'wrong_entity_type' });
    expect(validateBin(withCheckDigit('19084800432'))).toEqual({
      valid: false,
      reason: 'wrong_entity_attribute',
    });
    expect(isValidBin('1908400043')).toBe(false);
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
      iin: withCheckDigit('85010130012'),
      bin: withCheckDigit('19084000432'),
      recipient: withCheckDigit('19084000432'),
      ...values,
    });
  }

  it('passes valid identifiers', async () => {
    expect(await validate(applicant({}))).toEqual([]);
  });

  it('explains a refusal in Kazakh and Russian with the reason', async () => {
    const errors = await validate(applicant({ iin: withCheckDigit('03022960045'), recipient: '123' }));
    const byField = Object.fromEntries(
      errors.map((e) => [e.property, Object.values(e.constraints ?? {})[0]]),
    );
    expect(byField.iin).toBe(
      'iin: ЖСН жарамсыз / неверный ИИН — туған күні жоқ күн / дата рождения не существует',
    );
    expect(byField.recipient).toContain('12 цифрдан тұруы керек / должен состоять из 12 цифр');
  });

  it('refuses values that are not strings', async () => {
    const errors = await validate(Object.assign(applicant({}), { iin: 850101300124 }));
    expect(errors.map((e) => e.property)).toEqual(['iin']);
  });
});
