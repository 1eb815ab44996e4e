import 'reflect-metadata';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, Max, Min } from 'class-validator';
import { createValidationPipe } from '../problem/validation';
import { DomainError } from '../problem/problem';
import { NestedItems, NestedObject } from './nested-items';

class CriterionDto {
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
}

class RatingDto {
  @IsArray()
  @ArrayMaxSize(10)
  @NestedItems(CriterionDto)
  criteria!: CriterionDto[];
}

class FindingDto {
  @IsDefined()
  @NestedObject(CriterionDto)
  violated!: CriterionDto;
}

const pipe = createValidationPipe();

async function refusedFields(body: unknown, metatype: new () => object = RatingDto): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const errors = (error.extensions as { errors: Array<{ field: string }> }).errors;
    return [...new Set(errors.map((e) => e.field))];
  }
  throw new Error(`${JSON.stringify(body)} was accepted`);
}

async function errorCount(body: unknown, metatype: new () => object): Promise<number> {
  try {
    await pipe.transform(body, { type: 'body', metatype });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return (error.extensions as { errors: unknown[] }).errors.length;
  }
  return 0;
}

// Issue 20's generated input found `criteria: [[]]` accepted by `@ValidateNested({ each: true })` alone, and
// monitoring-svc then answered 500 on an item with no fields. A list of objects takes objects, nothing else.
describe('a nested list takes only objects of its item type', () => {
  it('refuses an item that is itself a list, naming the property, instead of passing it as an empty item', async () => {
    expect(await refusedFields({ criteria: [[]] })).toEqual(['criteria']);
    expect(await refusedFields({ criteria: [{ score: 3 }, [{ score: 4 }]] })).toEqual(['criteria']);
  });

  it('refuses a string, a number and null as items', async () => {
    for (const item of ['3', 3, null]) {
      expect(await refusedFields({ criteria: [item] })).toContain('criteria');
    }
  });

  it('still validates each object item against its DTO', async () => {
    expect(await refusedFields({ criteria: [{ score: 6 }] })).toEqual(['criteria.0.score']);
    const read = (await pipe.transform(
      { criteria: [{ score: 5 }] },
      { type: 'body', metatype: RatingDto },
    )) as RatingDto;
    expect(read.criteria[0]).toBeInstanceOf(CriterionDto);
  });
});

// Issue 20's generated input found `violated: []` accepted by `@ValidateNested()` alone (it checks each item of
// an array, and an empty one has none), and monitoring-svc then answered 500 on a NOT NULL column.
describe('a nested object takes only one object of its type', () => {
  it('refuses an empty list, a list of objects, a string and a number, naming the property', async () => {
    for (const value of [[], [{ score: 3 }], '3', 3]) {
      expect(await refusedFields({ violated: value }, FindingDto)).toEqual(['violated']);
    }
  });

  it('leaves a missing object to @IsDefined alone: one error, not two', async () => {
    expect(await refusedFields({}, FindingDto)).toEqual(['violated']);
    expect(await errorCount({}, FindingDto)).toBe(1);
  });

  it('still validates the object against its DTO', async () => {
    expect(await refusedFields({ violated: { score: 0 } }, FindingDto)).toEqual(['violated.score']);
    const read = (await pipe.transform(
      { violated: { score: 2 } },
      { type: 'body', metatype: FindingDto },
    )) as FindingDto;
    expect(read.violated).toBeInstanceOf(CriterionDto);
  });
});
