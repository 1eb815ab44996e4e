import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ example: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  size = 20;
}

/** Every list answers the same shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** The OpenAPI shape of a page of `item`: `{ items, total, page, size }`. */
export function pageDtoOf(item: new () => object, name: string): new () => Page<object> {
  class PageDto implements Page<object> {
    @ApiProperty({ type: [item] })
    items!: object[];

    @ApiProperty({ example: 1 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 20 })
    size!: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}

/** The rows of the page asked for, as TypeORM's `skip` and `take`. */
export function pageRows(query: PageQueryDto): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.size, take: query.size };
}

/** The answer for the page asked for. */
export function pageOf<T>(query: PageQueryDto, items: T[], total: number): Page<T> {
  return { items, total, page: query.page, size: query.size };
}
