import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { isObject, IsObject, ValidateBy, ValidateNested } from 'class-validator';

/**
 * Validates a list whose items are objects of the given DTO: an item that is an array, a string or a number is
 * refused with 400 naming the property. `@ValidateNested({ each: true })` alone walks into a nested array and
 * lets `[[]]` through as an item of nothing, which the service then reads as an item with no fields (a 500,
 * found by issue 20's generated input). Put `@IsArray()` and the list's size bounds beside it.
 */
export function NestedItems(dto: new () => object): PropertyDecorator {
  return applyDecorators(
    IsObject({ each: true, message: 'each item of $property must be an object' }),
    ValidateNested({ each: true }),
    Type(() => dto),
  );
}

/**
 * Validates a property holding one object of the given DTO: an array, a string or a number there is refused
 * with 400 naming the property. `@ValidateNested()` alone checks each item of an array and lets `[]` through
 * as "no elements", which the service then stores as an object with no fields (a 500 on a NOT NULL column,
 * found by issue 20's generated input on a finding's violated norm). Put `@IsDefined()` or `@IsOptional()`
 * beside it.
 */
export function NestedObject(dto: new () => object): PropertyDecorator {
  return applyDecorators(
    // A missing value is `@IsDefined()`'s to name (or `@IsOptional()`'s to allow), not a second error here.
    ValidateBy({
      name: 'isObject',
      validator: {
        validate: (value: unknown) => value === undefined || value === null || isObject(value),
        defaultMessage: () => '$property must be an object',
      },
    }),
    ValidateNested(),
    Type(() => dto),
  );
}
