import 'reflect-metadata';
import { ArrayMaxSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { createValidationPipe } from '../problem/validation';
import { DomainError } from '../problem/problem';
import { NestedItems } from './nested-items';

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

const pipe = createValidationPipe();

async function refusedFields(body: unknown): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype: RatingDto });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const errors = (error.extensions as { errors: Array<{ field: string }> }).errors;
    return [...new Set(errors.map((e) => e.field))];
  }
  throw new Error(`${JSON.stringify(body)} was accepted`);
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
