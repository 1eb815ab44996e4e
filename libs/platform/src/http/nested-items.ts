import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

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
