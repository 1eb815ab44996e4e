import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  buildMessage,
  isObject,
  IsNotEmpty,
  IsString,
  MaxLength,
  MIN_LENGTH,
  minLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { Bilingual } from '../problem/problem';

/**
 * How long a text in one language may be, per use. Stated once for every service:
 * - `short`: a name, a title, a reason or a legal basis (the registry's names and decrees);
 * - `long`: a text a body drafts (a standard's content, a description).
 */
export const BILINGUAL_TEXT_MAX = { short: 2_000, long: 20_000 } as const;

const trimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/**
 * class-validator's `@MinLength`, same name and message, except that it passes a blank text (empty once
 * trimmed): the not-blank rule names that problem, and a second "too short" on the same field tells the client
 * nothing more.
 */
function MinLengthUnlessBlank(min: number): PropertyDecorator {
  return ValidateBy({
    name: MIN_LENGTH,
    constraints: [min],
    validator: {
      validate: (value: unknown) => value === '' || minLength(value, min),
      defaultMessage: buildMessage(
        (each) => `${each}$property must be longer than or equal to $constraint1 characters`,
      ),
    },
  });
}

/**
 * A text field: a string, trimmed, not blank, of `min` (default 1) to `max` characters after trimming.
 * Whitespace alone passed a bare `@IsString() @MinLength()` and then failed at an event's schema with a 500;
 * refused here it is a 400 naming the property, once. Put the `@ApiProperty` (and `@IsOptional()`) beside it.
 */
export function IsNonBlankText(max: number, min = 1): PropertyDecorator {
  return applyDecorators(
    Transform(trimmed),
    IsString(),
    IsNotEmpty({ message: '$property must not be blank' }),
    ...(min > 1 ? [MinLengthUnlessBlank(min)] : []),
    MaxLength(max),
  );
}

/** One language's text: a string, trimmed, not blank, at most `max` characters. */
function LanguageText(max: number, example: string, language: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example, description: `${language}; trimmed, not blank`, maxLength: max }),
    IsNonBlankText(max),
  );
}

/**
 * A short text a person reads, in Kazakh and Russian (Art. 3, 5.5.2: both languages wherever a person
 * reads): names, titles, reasons, legal bases. Both are required.
 */
export class ShortBilingualTextDto {
  @LanguageText(BILINGUAL_TEXT_MAX.short, 'Баланың тууын тіркеу', 'Kazakh')
  kk!: string;

  @LanguageText(BILINGUAL_TEXT_MAX.short, 'Регистрация рождения ребенка', 'Russian')
  ru!: string;
}

/** A long text a person reads, in Kazakh and Russian (Art. 3, 5.5.2): a standard's content, a description. */
export class LongBilingualTextDto {
  @LanguageText(
    BILINGUAL_TEXT_MAX.long,
    'Баланың тууына байланысты біржолғы мемлекеттік жәрдемақыны тағайындау',
    'Kazakh',
  )
  kk!: string;

  @LanguageText(
    BILINGUAL_TEXT_MAX.long,
    'Назначение единовременного государственного пособия в связи с рождением ребенка',
    'Russian',
  )
  ru!: string;
}

/**
 * Validates a property holding `{ kk, ru }` of the given DTO: an array, a string or a number there is
 * refused with 400 naming the property (a bare `@ValidateNested()` lets `[]` through as "no elements").
 * Put `@IsDefined()` or `@IsOptional()` beside it, and the `@ApiProperty` with the property's example.
 */
export function IsBilingualText(
  dto: typeof ShortBilingualTextDto | typeof LongBilingualTextDto,
): PropertyDecorator {
  return applyDecorators(
    // An absent value is left to the `@IsDefined()` or `@IsOptional()` beside it, so it is named once.
    ValidateBy({
      name: 'isObject',
      validator: {
        validate: (value: unknown) => value === undefined || value === null || isObject(value),
        defaultMessage: () => '$property must be an object with kk and ru texts',
      },
    }),
    ValidateNested(),
    Type(() => dto),
  );
}

/** A bilingual text for an answer or a fixture. */
export function bilingual(kk: string, ru: string): Bilingual {
  return { kk, ru };
}

/** A text that may be absent: both languages or nothing. */
export function optionalBilingual(kk: string | null, ru: string | null): Bilingual | null {
  return kk !== null && ru !== null ? bilingual(kk, ru) : null;
}
