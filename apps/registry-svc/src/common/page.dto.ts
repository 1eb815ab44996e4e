import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { invalid } from '@kzps/platform';
import { queryDecimalInteger } from './query-values';

export const MAX_PAGE_SIZE = 200;

const MAX_PAGE = 100_000;

const PAGE_NOT_DIGITS = 'page must be a whole number in decimal digits';

/** The 400 a list answers to a page that is not plain decimal digits, for the OpenAPI document. */
export const badPage = invalid({ field: 'page', message: PAGE_NOT_DIGITS, constraint: 'isInt' });

/**
 * Every list is paginated (docs/architecture.md, Edges); pages count from 1. Page and size are plain decimal
 * digits: `page=0x2` or `size=1e1` answer 400 naming the parameter rather than being read as 2 and 10.
 */
export class PageQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    example: 1,
    minimum: 1,
    maximum: MAX_PAGE,
    default: 1,
    description: 'Decimal digits',
  })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt({ message: PAGE_NOT_DIGITS })
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({
    type: 'integer',
    example: 20,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: 20,
    description: 'Decimal digits',
  })
  @IsOptional()
  @Transform(queryDecimalInteger)
  @IsInt({ message: 'size must be a whole number in decimal digits' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  size?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export function pageOf(query: PageQueryDto): { page: number; size: number; offset: number } {
  const page = query.page ?? 1;
  const size = query.size ?? 20;
  return { page, size, offset: (page - 1) * size };
}

/** OpenAPI shape of the `{ items, total, page, size }` envelope; subclasses narrow `items`. */
export class PageMetaDto {
  @ApiProperty({ example: 134 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  size!: number;
}
