import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPPORTED_YEARS } from '@kzps/calendar';
import { PageQueryDto } from '@kzps/platform';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

/** A year as a query's text, `2026`: the reports, ratings and recommendations of one year. */
export const IsQueryYear = (): PropertyDecorator =>
  Matches(/^20\d{2}$/, { message: 'year must be a year like 2026' });

/** A body naming a year that is over (the annual report's, the evaluation's): one the calendar knows. */
export class YearOverDto {
  @ApiProperty({
    minimum: SUPPORTED_YEARS.from,
    maximum: SUPPORTED_YEARS.to,
    example: 2026,
    description: 'A year that is over',
  })
  @IsInt()
  @Min(SUPPORTED_YEARS.from)
  @Max(SUPPORTED_YEARS.to)
  year!: number;
}

/** An owner's yearly records (annual reports, evaluations), by year and owner, a page at a time. */
export class OwnerYearQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026' })
  @IsOptional()
  @IsQueryYear()
  year?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '23c6d681-e6ee-4de8-849f-1b01aed4e952' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}
