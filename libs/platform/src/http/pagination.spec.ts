import 'reflect-metadata';
import { createValidationPipe } from '../problem/validation';
import { DomainError } from '../problem/problem';
import { MAX_PAGE, MAX_PAGE_SIZE, PageQueryDto, pageOf, pageRows } from './pagination';

const pipe = createValidationPipe();

async function read(query: Record<string, unknown>): Promise<PageQueryDto> {
  return (await pipe.transform(query, { type: 'query', metatype: PageQueryDto })) as PageQueryDto;
}

async function refusedFields(query: Record<string, unknown>): Promise<string[]> {
  try {
    await read(query);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('VALIDATION_FAILED');
    const errors = (error.extensions as { errors: Array<{ field: string }> }).errors;
    return [...new Set(errors.map((e) => e.field))];
  }
  throw new Error(`${JSON.stringify(query)} was accepted`);
}

describe('PageQueryDto: one pagination rule for every list', () => {
  it('gives page 1 of 20 when nothing is asked', async () => {
    expect(await read({})).toMatchObject({ page: 1, size: 20 });
  });

  it('reads plain decimal digits, leading zeros included', async () => {
    expect(await read({ page: '02', size: '007' })).toMatchObject({ page: 2, size: 7 });
  });

  it.each([
    ['page', '0x2'],
    ['page', '1e1'],
    ['page', '1e300'],
    ['page', '99999999999999999999'],
    ['page', '2.0'],
    ['page', ' 2'],
    ['page', '-1'],
    ['page', '0'],
    ['page', String(MAX_PAGE + 1)],
    ['page', ['1', '2']],
    ['size', '1e1'],
    ['size', '0x14'],
    ['size', '0'],
    ['size', '-5'],
    ['size', String(MAX_PAGE_SIZE + 1)],
  ])('refuses %s=%j with a 400 naming the parameter', async (field, value) => {
    expect(await refusedFields({ [field]: value })).toEqual([field]);
  });

  it(`serves the last page and the largest size (${MAX_PAGE_SIZE})`, async () => {
    const query = await read({ page: String(MAX_PAGE), size: String(MAX_PAGE_SIZE) });
    expect(pageRows(query)).toEqual({ skip: (MAX_PAGE - 1) * MAX_PAGE_SIZE, take: MAX_PAGE_SIZE });
    expect(Number.isSafeInteger(pageRows(query).skip)).toBe(true);
  });

  it('answers the page asked for with its items and the total', async () => {
    const query = await read({ page: '3', size: '10' });
    expect(pageRows(query)).toEqual({ skip: 20, take: 10 });
    expect(pageOf(query, ['a'], 21)).toEqual({ items: ['a'], total: 21, page: 3, size: 10 });
  });
});
