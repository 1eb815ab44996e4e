import 'reflect-metadata';
import { IsDefined, IsOptional } from 'class-validator';
import { createValidationPipe } from '../problem/validation';
import { DomainError } from '../problem/problem';
import {
  BILINGUAL_TEXT_MAX,
  IsBilingualText,
  IsNonBlankText,
  LongBilingualTextDto,
  ShortBilingualTextDto,
} from './bilingual-text';

class ExampleDto {
  @IsDefined()
  @IsBilingualText(ShortBilingualTextDto)
  name!: ShortBilingualTextDto;

  @IsOptional()
  @IsBilingualText(LongBilingualTextDto)
  description?: LongBilingualTextDto;
}

const pipe = createValidationPipe();
const name = { kk: 'Атауы', ru: 'Название' };

async function read(body: unknown): Promise<ExampleDto> {
  return (await pipe.transform(body, { type: 'body', metatype: ExampleDto })) as ExampleDto;
}

async function refusedFields(body: unknown): Promise<string[]> {
  try {
    await read(body);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const errors = (error.extensions as { errors: Array<{ field: string }> }).errors;
    return [...new Set(errors.map((e) => e.field))];
  }
  throw new Error(`${JSON.stringify(body)} was accepted`);
}

describe('bilingual text: Kazakh and Russian wherever a person reads (Art. 3, 5.5.2)', () => {
  it('keeps both languages, trimmed', async () => {
    const dto = await read({ name: { kk: '  Атауы ', ru: '\tНазвание\n' } });
    expect(dto.name).toEqual(name);
  });

  it.each([
    ['an array', { name: [] }, ['name']],
    ['a string', { name: 'Название' }, ['name']],
    ['a number', { name: 5 }, ['name']],
    ['null', { name: null }, ['name']],
    ['no name', {}, ['name']],
    ['an array as the optional description', { name, description: [] }, ['description']],
    ['a language missing', { name: { kk: 'Атауы' } }, ['name.ru']],
    ['a language blank after trimming', { name: { kk: ' ', ru: '\u00a0\n' } }, ['name.kk', 'name.ru']],
    ['a language that is not text', { name: { kk: ['Атауы'], ru: { text: 'x' } } }, ['name.kk', 'name.ru']],
    ['a language that is a number', { name: { kk: 1, ru: 'Название' } }, ['name.kk']],
  ])('refuses %s with a 400 naming the field', async (_case, body, fields) => {
    expect((await refusedFields(body)).sort()).toEqual(fields);
  });

  it(`holds a short text (names, titles, reasons) to ${BILINGUAL_TEXT_MAX.short} characters`, async () => {
    const longest = 'а'.repeat(BILINGUAL_TEXT_MAX.short);
    await expect(read({ name: { kk: longest, ru: longest } })).resolves.toBeDefined();
    expect(await refusedFields({ name: { kk: `${longest}а`, ru: 'Название' } })).toEqual(['name.kk']);
  });

  it(`holds a long text (content, descriptions) to ${BILINGUAL_TEXT_MAX.long} characters`, async () => {
    const longest = 'а'.repeat(BILINGUAL_TEXT_MAX.long);
    await expect(read({ name, description: { kk: longest, ru: longest } })).resolves.toBeDefined();
    expect(await refusedFields({ name, description: { kk: 'Сипаттама', ru: `${longest}а` } })).toEqual([
      'description.ru',
    ]);
  });
});

class NamedDto {
  @IsNonBlankText(50, 2)
  number!: string;
}

describe('a text field: trimmed, not blank, so an event carrying it never fails its schema', () => {
  const readNamed = (body: unknown) => pipe.transform(body, { type: 'body', metatype: NamedDto });

  it('keeps the text trimmed', async () => {
    expect(await readNamed({ number: ' 39/НҚ\t' })).toEqual({ number: '39/НҚ' });
  });

  it.each([
    ['whitespace alone', '   '],
    ['an empty string', ''],
    ['a non-breaking space and a newline', '\u00a0\n'],
    ['too short after trimming', ' 1 '],
    ['not text', 1218],
  ])('refuses %s with a 400 naming the field', async (_case, number) => {
    const refusal = await readNamed({ number }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    const errors = ((refusal as DomainError).extensions as { errors: Array<{ field: string }> }).errors;
    expect(errors.map((e) => e.field)).toEqual(errors.map(() => 'number'));
    expect(errors.length).toBeGreaterThan(0);
  });

  const problemsOf = async (number: unknown): Promise<Array<{ constraint: string; message: string }>> => {
    const refusal = await readNamed({ number }).then(
      () => null,
      (error: unknown) => error,
    );
    if (!(refusal instanceof DomainError)) throw new Error(`${JSON.stringify(number)} was accepted`);
    const errors = (refusal.extensions as { errors: Array<{ constraint: string; message: string }> }).errors;
    return errors.map(({ constraint, message }) => ({ constraint, message }));
  };

  it.each([
    ['whitespace alone', '   '],
    ['an empty string', ''],
    ['a non-breaking space and a newline', '\u00a0\n'],
  ])('names %s once, as blank: not also as shorter than the minimum', async (_case, number) => {
    expect(await problemsOf(number)).toEqual([
      { constraint: 'isNotEmpty', message: 'number must not be blank' },
    ]);
  });

  it('names a text too short after trimming by its minimum, and one too long by its maximum', async () => {
    expect(await problemsOf(' 1 ')).toEqual([
      { constraint: 'minLength', message: 'number must be longer than or equal to 2 characters' },
    ]);
    expect(await problemsOf('1'.repeat(51))).toEqual([
      { constraint: 'maxLength', message: 'number must be shorter than or equal to 50 characters' },
    ]);
  });
});
