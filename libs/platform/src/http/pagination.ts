import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { invalid } from './api-problems.decorator';
import { queryDecimalInteger } from './query-values';

/**
 * The largest page a list answers. One figure for every service: the registry's 200 (its exports and the
 * portals' catalogue pages read that many), which every list that allowed 100 also serves.
 */
export const MAX_PAGE_SIZE = 200;

/** The last page a client may ask for: far beyond any list, and small enough that an offset stays an int. */
export const MAX_PAGE = 100_000;

const DEFAULT_PAGE_SIZE = 20;

const NOT_DIGITS = (field: string): string => `${field} must be a whole number in decimal digits`;

/** The 400 a list answers to a page that is not plain decimal digits, for the OpenAPI document. */
export const badPage = invalid({ field: 'page', message: NOT_DIGITS('page'), constraint: 'isInt' });

/** The 400 a list answers to a size above MAX_PAGE_SIZE, for the OpenAPI document. */
export const pageTooLarge = invalid({
  field: 'size',
  message: `size must not be greater than ${MAX_PAGE_SIZE}`,
  constraint: 'max',
});

/**
 * Every list is paginated; pages count from 1. Page and size are plain decimal digits: `page=0x2`, `size=1e1`,
 * `page=1e300` or `page=99999999999999999999` answer 400 naming the parameter, never read as a number the
 * client did not write or passed on to the database. A list's query DTO extends it.
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
  @Transform(queryDecimalInteger)
  @IsInt({ message: NOT_DIGITS('page') })
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({
    type: 'integer',
    example: DEFAULT_PAGE_SIZE,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: 'Decimal digits',
  })
  @Transform(queryDecimalInteger)
  @IsInt({ message: NOT_DIGITS('size') })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  size: number = DEFAULT_PAGE_SIZE;
}

/** What every list answers. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** The page's rows: TypeORM's `skip` and `take`, or SQL's `OFFSET` and `LIMIT`. */
export function pageRows(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.size, take: query.size };
}

/** The answer for the page asked for. */
export function pageOf<T>(query: PageQueryDto, items: T[], total: number): Page<T> {
  return { items, total, page: query.page, size: query.size };
}

/** The OpenAPI shape of a page of `item`: `{ items, total, page, size }`, named `name` in the document. */
export function pageDtoOf(item: new () => object, name: string): new () => Page<object> {
  class PageDto implements Page<object> {
    @ApiProperty({ type: [item] })
    items!: object[];

    @ApiProperty({ example: 134 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: DEFAULT_PAGE_SIZE })
    size!: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
